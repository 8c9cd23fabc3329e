console.log('m evaluated');
export const here = 1;
