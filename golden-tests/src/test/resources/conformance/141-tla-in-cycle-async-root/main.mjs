// an async module a in a cycle with sync b: b runs during the DFS (a is still evaluating), a then awaits
import './a.mjs';
console.log('main');
