export * as "my ns" from './m.mjs';
