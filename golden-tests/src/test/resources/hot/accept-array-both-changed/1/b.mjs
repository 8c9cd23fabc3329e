export const name = 'b2';
