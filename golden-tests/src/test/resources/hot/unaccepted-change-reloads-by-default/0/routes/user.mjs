export const user = 'alice';
