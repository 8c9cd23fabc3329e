// a var exported and declared again is one binding
export var v = 1;
var v = 2;
export { v as alias };
