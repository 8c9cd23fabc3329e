export const dup = 'x';
