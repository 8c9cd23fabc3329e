import './b.mjs';
import './ok.mjs';
console.log('a never runs');
