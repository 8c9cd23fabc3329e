export const name = 'deep';
