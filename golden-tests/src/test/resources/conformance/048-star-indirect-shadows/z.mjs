export const dup = 'z';
