// the entry's own TLA does not delay its dependencies, only its own remainder
import { v } from './dep.mjs';
console.log('main awaiting');
await Promise.resolve();
console.log('main done ' + v);
