console.log('slow start');
await null; await null;
export const state = 'done';
console.log('slow end');
