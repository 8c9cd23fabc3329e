export * from './b.mjs';
export * from './x.mjs';
export const a = 1;
