// `export *` cycle a <-> b: each exposes both modules' names, the cycle is cut by exportStarSet
import * as A from './a.mjs';
import * as B from './b.mjs';
console.log('a', A.a, 'b', A.b);
console.log('keys ' + Object.keys(A).join());
console.log('keys ' + Object.keys(B).join());
