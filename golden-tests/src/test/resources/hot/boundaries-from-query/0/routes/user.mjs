console.log('user v1 runs');
export const user = 'alice';
