import * as b from './b.mjs';
export let count = 0;
export function inc() { count++; return b.counter; }
export function run() {
  console.log('run', b.counter, b.step(), b.counter, b.step(), b['counter'], count);
}
try { b.counter; } catch (e) { console.log('a top', e.constructor.name); }
console.log('a top hoisted', typeof b.step);
