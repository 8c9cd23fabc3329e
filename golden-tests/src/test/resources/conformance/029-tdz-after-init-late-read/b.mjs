import { x } from './a.mjs';
export function later() { return x; }
try { x; } catch (e) { console.log('b: ' + e.constructor.name); }
