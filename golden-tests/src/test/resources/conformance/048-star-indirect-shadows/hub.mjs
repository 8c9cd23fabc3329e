export * from './x.mjs';
export { dup } from './z.mjs';
