export * from './a.mjs';
export * from './y.mjs';
export const b = 2;
