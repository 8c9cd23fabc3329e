export * as m from './m.mjs';
