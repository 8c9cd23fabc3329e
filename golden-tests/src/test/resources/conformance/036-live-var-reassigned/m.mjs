export var v = 1;
export function set(x) { v = x; }
