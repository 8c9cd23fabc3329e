let v = 'v';
export { v };
export default v;
export function change() { v = 2; }
