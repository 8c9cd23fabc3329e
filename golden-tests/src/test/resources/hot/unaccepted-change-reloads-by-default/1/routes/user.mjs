export const user = 'bob';
