export const c = 1, a = 1, b = 1;
