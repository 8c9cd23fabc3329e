import a from './sibling-a.cjs';
import * as b from './sibling-b.mjs';
console.log('siblings ran', JSON.stringify(a), b.b);
