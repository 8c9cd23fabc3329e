// diamond main -> b, c -> d: d evaluates once, before b
import './b.mjs';
import './c.mjs';
console.log('main');
