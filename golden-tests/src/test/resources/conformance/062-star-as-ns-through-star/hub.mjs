export * as inner from './m.mjs';
