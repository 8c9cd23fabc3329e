console.log('y');
export const dup = 2;
