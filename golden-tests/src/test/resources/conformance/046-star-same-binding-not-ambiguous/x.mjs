export * from './base.mjs';
