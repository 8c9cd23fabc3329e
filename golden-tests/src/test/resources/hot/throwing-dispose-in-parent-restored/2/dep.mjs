export const n = 3;
console.log('dep runs:', n);
