import { late } from './tla.mjs';
export const uses = late;
