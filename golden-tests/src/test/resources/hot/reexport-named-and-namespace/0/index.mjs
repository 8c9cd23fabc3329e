export { x } from './a.mjs';
export * as ns from './b.mjs';
console.log('index runs');
