export { v, change } from './c.mjs';
