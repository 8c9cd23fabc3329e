import './c.mjs';
import './a.mjs';
import './d.mjs';
console.log('b');
