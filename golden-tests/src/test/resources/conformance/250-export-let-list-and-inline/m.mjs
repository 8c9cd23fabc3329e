const a = 1;
let bee = 2;
export { a, bee as b };
export var c = 3;
export function d() {}
