// a chain of async modules runs one after another, deepest first
import './a.mjs';
console.log('main');
