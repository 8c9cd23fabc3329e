export * from './inner.mjs';
export const a = 1;
