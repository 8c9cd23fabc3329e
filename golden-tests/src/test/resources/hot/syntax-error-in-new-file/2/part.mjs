export const part = 'p';
