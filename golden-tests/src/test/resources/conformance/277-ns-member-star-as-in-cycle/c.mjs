import './a.mjs';
export let x = 1;
export function bump() { return ++x; }
export function hello() { return this === undefined ? 'no this' : 'hello'; }
