console.log('leaf ran');
export const v = 1;
