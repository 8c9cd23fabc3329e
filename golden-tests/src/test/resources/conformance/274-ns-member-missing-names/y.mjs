export const dup = 2, ok2 = 2;
