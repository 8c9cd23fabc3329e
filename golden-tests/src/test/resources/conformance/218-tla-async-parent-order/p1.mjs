import './l.mjs';
import './x.mjs';
console.log('P1');
