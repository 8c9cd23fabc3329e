// the chord listed first: a -> c, c -> a hits the stack so c runs first, then b finds c evaluated, then a
import './a.mjs';
console.log('main');
