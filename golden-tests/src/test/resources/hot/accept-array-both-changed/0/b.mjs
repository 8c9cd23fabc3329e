export const name = 'b1';
