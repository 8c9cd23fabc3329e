export * from './mid.mjs';
