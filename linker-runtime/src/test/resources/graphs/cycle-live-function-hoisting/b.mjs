import { hello, late } from './a.mjs';
export const b = 'b';
export const fromB = hello();
try { late; } catch (e) { console.log('b:', e.constructor.name); }
console.log('b done');
