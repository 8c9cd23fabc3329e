export { name as default } from './m.mjs';
