// `export default class C {}` is in TDZ across the cycle
import './a.mjs';
