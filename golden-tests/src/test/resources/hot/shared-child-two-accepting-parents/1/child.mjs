export const c = 2;
console.log('child runs', c);
