export { dup } from './hub.mjs';
