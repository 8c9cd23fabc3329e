export const b = 1, a = 2;
