console.log('x evaluated');
export const dup = 'x';
