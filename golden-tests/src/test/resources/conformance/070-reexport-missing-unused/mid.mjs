export { ghost } from './m.mjs';
export const ok = 1;
