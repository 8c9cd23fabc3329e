import './c.mjs';
import './b.mjs';
console.log('a');
