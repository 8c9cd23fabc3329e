// `export default (function g() {})` is an expression: the default binding is in TDZ early
import './a.mjs';
