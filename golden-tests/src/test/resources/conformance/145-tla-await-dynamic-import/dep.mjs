console.log('dep');
export const seven = 7;
