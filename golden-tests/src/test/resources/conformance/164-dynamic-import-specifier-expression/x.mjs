export const v = 'x';
