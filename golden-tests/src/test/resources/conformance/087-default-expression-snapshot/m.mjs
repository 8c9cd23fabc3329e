let x = 1;
export default x;
export function bump() { x++; }
