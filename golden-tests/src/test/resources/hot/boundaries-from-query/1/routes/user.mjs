console.log('user v2 runs');
export const user = 'bob';
