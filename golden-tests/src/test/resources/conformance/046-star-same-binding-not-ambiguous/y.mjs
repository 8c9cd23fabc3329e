export { shared } from './base.mjs';
