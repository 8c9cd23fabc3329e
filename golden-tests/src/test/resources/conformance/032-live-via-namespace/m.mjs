export let v = 'a';
export function set(x) { v = x; }
