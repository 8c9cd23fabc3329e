import './a.mjs';
import './c.mjs';
console.log('b');
