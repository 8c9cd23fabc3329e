// export { x } from: indirect exports, no local binding
export { x, y as why } from "./xy.js";
export { default } from "./def.js";
export { default as other, "str name" as str } from "./other.js";
console.log(typeof x);
