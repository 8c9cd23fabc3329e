export const dup = 'y';
