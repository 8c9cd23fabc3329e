export const z = 0, b = 0, a = 0, _ = 0, B = 0, $ = 0;
