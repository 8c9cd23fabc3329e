export const a = 1, b = 2;
export function f() { return this; }
