export const n = 1;
console.log('dep runs');
