export * as inner from './c.mjs';
