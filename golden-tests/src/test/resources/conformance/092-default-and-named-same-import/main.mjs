// default and named imports from one module in one declaration, plus namespace
import D, * as ns from './m.mjs';
console.log(D, ns.n);
