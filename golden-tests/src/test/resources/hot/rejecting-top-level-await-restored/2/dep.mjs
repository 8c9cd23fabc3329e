await new Promise((resolve) => setTimeout(resolve, 10));
export const value = 'v3';
console.log('dep ready:', value);
