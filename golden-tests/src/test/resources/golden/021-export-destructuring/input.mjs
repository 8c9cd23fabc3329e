// destructuring exports: every bound name (not the property keys) is exported
const o = { a: 1, b: [2] }, arr = [1, 2, 3];
export const { a, b: [c] } = o;
export let [d, ...e] = arr;
export var { f = 5, ...g } = o;
