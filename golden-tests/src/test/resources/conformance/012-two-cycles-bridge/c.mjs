import './a.mjs';
import './d.mjs';
console.log('c');
