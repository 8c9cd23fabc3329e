let x = 1;
export { x as default };
export function bump() { x++; }
