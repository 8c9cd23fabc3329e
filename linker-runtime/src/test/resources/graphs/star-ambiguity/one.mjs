export const dup = 1;
export const only1 = 'o1';
export * from './shared.mjs';
export default 'not re-exported';
