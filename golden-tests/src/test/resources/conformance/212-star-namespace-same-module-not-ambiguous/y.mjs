export * as ns from './m.mjs';
