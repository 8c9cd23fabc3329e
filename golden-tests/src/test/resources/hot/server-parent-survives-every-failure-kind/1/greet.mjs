import { hello } from './words.mjs';
await new Promise((resolve, reject) => setTimeout(() => reject(new Error('not ready')), 10));
export const greet = (name) => hello + ' ' + name;
