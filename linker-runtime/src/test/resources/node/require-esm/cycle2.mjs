import value from './cycle2.cjs';
export const v = 2;
console.log('cycle2.mjs ran, cycle2.cjs gave', value);
