export * from './x.mjs';
export const local = 1;
