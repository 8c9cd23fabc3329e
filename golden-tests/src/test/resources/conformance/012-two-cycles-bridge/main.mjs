// two separate cycles (a<->b, c<->d) where c also imports a: the first component finishes entirely before the second
import './a.mjs';
import './c.mjs';
console.log('main');
