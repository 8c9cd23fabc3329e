import './b.mjs';
import './c.mjs';
console.log('top');
