// a binding updated in a promise job is seen live after awaiting
import { state } from './m.mjs';
console.log(state);
await null;
await null;
console.log(state);
