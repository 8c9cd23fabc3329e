// an empty module file
import './empty.mjs';
console.log('ok');
