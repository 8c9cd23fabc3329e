// an uncaught evaluation error in a static dependency ends the run with exit 1 and the error
import './bad.mjs';
console.log('main never');
