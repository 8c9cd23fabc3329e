// `export * as` of a module in a cycle: the namespace exists early, its bindings are in TDZ until c runs
import './c.mjs';
import { ns } from './b.mjs';
console.log('main', ns.x);
