export * from './c.mjs';
export const b = 2;
