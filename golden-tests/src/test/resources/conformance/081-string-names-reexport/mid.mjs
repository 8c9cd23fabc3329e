export { "in name" as "out name" } from './m.mjs';
