export const fine = '!';
