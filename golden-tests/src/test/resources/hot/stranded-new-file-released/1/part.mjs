export const part = 'p';
throw new Error('part is not ready');
