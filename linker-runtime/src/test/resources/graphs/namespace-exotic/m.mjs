export const b = 'B';
export let a = 'A';
export default 'D';
export { b as c };
export { b as "0" };
