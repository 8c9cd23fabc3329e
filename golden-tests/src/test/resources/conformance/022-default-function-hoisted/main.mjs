// `export default function f() {}` is hoisted: usable across the cycle before a evaluates
import './a.mjs';
