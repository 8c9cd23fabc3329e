import './b.mjs';
export async function af() {}
export function* gf() {}
console.log('a');
