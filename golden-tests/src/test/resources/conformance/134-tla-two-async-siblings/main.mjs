// two async siblings start in DFS order, interleave at their awaits, main waits for both
import './a.mjs';
import './b.mjs';
console.log('main');
