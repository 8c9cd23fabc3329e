export * as ns from './c.mjs';
