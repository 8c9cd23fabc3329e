// main is itself in a 2-cycle with a: a runs first because main is already evaluating
import './a.mjs';
console.log('main');
