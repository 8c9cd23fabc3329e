export const q = 2, p = 1;
