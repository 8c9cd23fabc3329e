let n = 1;
export { n as one, n as two };
export function bump() { n++; }
