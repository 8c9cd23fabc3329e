export * from './a.mjs';
export const b = 2;
