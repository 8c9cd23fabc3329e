import { x } from './b.mjs';
export const y = 1;
