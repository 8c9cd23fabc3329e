export { default } from './m.mjs';
export const x = 1;
