import { a } from './a.mjs';
export const b = 'b1';
export function seen() { return a; }
