console.log('lazy evaluates');
export const value = 42;
