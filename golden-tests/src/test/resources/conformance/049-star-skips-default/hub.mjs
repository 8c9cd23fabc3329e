export * from './x.mjs';
