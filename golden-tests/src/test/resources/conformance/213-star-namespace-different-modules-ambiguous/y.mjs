export * as ns from './m2.mjs';
