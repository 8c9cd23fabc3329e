export * from './x.mjs';
export * from './base.mjs';
