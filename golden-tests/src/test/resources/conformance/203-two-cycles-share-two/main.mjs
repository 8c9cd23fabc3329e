// cycles a->b->c->a and b->c->d->b share b and c: one component, evaluated in DFS post-order
import './a.mjs';
console.log('main');
