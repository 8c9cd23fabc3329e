export const name = 'a2';
