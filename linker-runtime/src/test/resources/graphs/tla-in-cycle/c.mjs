console.log('c start');
await null;
export const c = 'C';
console.log('c end');
