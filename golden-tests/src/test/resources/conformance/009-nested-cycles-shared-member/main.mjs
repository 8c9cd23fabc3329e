// two cycles a->b->a and b->c->b plus b->d->b share b: one strongly connected component, post-order c, d, b, a
import './a.mjs';
console.log('main');
