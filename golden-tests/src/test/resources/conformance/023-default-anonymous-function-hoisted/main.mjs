// an anonymous `export default function () {}` is also hoisted, and is named "default"
import './a.mjs';
