console.log('m');
export const x = 1;
