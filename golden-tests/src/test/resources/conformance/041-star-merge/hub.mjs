export * from './x.mjs';
export * from './y.mjs';
export const c = 3;
