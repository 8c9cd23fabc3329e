// a cycle a <-> b where b depends on async c outside the cycle: the whole cycle waits for c
import './a.mjs';
console.log('main');
