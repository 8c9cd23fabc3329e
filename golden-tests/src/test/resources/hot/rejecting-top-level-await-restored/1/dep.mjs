await new Promise((resolve, reject) => setTimeout(() => reject(new Error('not ready')), 10));
export const value = 'v2';
