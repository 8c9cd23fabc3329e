export { v } from './base.mjs';
