export * from './hub.mjs';
export const a = 0;
