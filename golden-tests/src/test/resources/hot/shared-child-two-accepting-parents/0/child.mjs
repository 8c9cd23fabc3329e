export const c = 1;
console.log('child runs', c);
