export * from './a.mjs';
export const b = 2;
console.log('b');
