// 2-cycle a <-> b entered through a: b evaluates first (a is on the DFS stack), then a, then main
import './a.mjs';
console.log('main');
