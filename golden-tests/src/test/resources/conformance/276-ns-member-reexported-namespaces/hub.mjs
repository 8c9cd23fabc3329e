import * as again from './leaf.mjs';
export * as star from './leaf.mjs';
export { again };
