import defer * as ns from './m.mjs';
console.log('evaluated', ns.x);
