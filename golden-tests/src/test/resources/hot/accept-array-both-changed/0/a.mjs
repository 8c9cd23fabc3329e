export const name = 'a1';
