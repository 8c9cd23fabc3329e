export * from './x.mjs';
export * from './y.mjs';
export const dup = 'local';
