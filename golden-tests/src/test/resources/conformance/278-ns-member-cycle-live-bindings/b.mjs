import * as a from './a.mjs';
export let counter = 10;
export function step() { counter += a.inc(); return counter; }
try { a.count; } catch (e) { console.log('b top', e.constructor.name); }
console.log('b top hoisted', typeof a.inc, typeof a.run, counter);
