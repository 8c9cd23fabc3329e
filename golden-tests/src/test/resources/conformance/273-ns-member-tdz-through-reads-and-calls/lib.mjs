import './early.mjs';
export let value = 1;
export const arrow = () => 'arrow';
export class K {}
export function hoisted() { return this === undefined ? 'no this' : Object.prototype.toString.call(this); }
console.log('lib ran');
