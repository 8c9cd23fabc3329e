export function self() { return this; }
export function tag() { return this; }
export function sum(...xs) { return this === undefined ? -1 : xs.reduce((a, b) => a + b, 0); }
export const arrow = () => this;
export const obj = { m() { return this; } };
export class K { static s() { return this; } }
export default function () { return this; }
