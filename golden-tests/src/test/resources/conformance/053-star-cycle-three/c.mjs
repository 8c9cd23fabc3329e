export * from './a.mjs';
export const c = 3;
