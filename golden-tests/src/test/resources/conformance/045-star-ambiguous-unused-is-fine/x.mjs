export const dup = 1, ok1 = 1;
