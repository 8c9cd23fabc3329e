export let v = 'x0';
export function change() { v = 'x1'; }
