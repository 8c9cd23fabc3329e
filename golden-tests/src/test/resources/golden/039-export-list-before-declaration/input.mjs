// export list above the declarations it names
export { later, fn, K };
let later = 1;
function fn() { return later; }
class K {}
