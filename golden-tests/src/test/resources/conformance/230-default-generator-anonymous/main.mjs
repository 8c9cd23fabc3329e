// `export default function* () {}` is named "default"
import g from './m.mjs';
console.log(g.name, g().next().value);
