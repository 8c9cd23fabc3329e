import { nope } from './a.mjs';
globalThis.ran.push('b');
