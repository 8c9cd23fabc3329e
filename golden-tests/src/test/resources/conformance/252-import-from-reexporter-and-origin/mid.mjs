export { f } from './m.mjs';
