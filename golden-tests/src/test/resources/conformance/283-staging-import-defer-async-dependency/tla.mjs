evaluated.push('tla start');
await Promise.resolve();
evaluated.push('tla end');
export const value = 'from tla';
