// import() of a module that static imports already evaluated does not run it again
import * as ns from './m.mjs';
console.log('main');
const again = await import('./m.mjs');
console.log('same', again === ns);
