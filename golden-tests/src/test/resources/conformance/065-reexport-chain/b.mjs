export { w as v } from './c.mjs';
