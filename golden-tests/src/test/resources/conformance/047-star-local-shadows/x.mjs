export const dup = 'x', other = 1;
