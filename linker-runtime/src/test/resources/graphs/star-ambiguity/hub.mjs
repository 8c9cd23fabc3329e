export * from './one.mjs';
export * from './two.mjs';
export * from './shared.mjs';
