export { v } from './b.mjs';
