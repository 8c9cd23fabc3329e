console.log('x');
export const dup = 1;
