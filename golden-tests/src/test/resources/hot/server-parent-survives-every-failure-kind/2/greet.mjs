import { goodbye } from './words.mjs';
export const greet = (name) => goodbye + ' ' + name;
