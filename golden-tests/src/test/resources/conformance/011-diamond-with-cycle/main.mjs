// diamond main -> b, c -> d where d imports b back (cycle b <-> d): d runs first because b is on the DFS stack, c finds d already evaluated
import './b.mjs';
import './c.mjs';
console.log('main');
