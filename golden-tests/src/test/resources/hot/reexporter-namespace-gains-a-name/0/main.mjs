import * as lib from './lib.mjs';
export * from './lib.mjs';
export const own = 'own';
console.log('main runs:', Reflect.ownKeys(lib).filter((k) => typeof k === 'string').join());
