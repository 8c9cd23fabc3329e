console.log('y evaluated');
export const dup = 'y';
