export * from './m.mjs';
