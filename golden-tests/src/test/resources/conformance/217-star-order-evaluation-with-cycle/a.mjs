export * from './b.mjs';
export const a = 1;
console.log('a');
