// a diamond over an async bottom module: both sync middles run when it completes, in DFS order
import './b.mjs';
import './c.mjs';
console.log('main');
