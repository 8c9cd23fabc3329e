export const n = 2;
