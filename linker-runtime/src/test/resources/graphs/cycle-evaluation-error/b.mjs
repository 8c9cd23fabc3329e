import './a.mjs';
import './c.mjs';
console.log('b runs');
throw new Error('b failed');
