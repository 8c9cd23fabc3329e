export * as ns from './m1.mjs';
