export * from './x.mjs';
export * from './y.mjs';
export let dup = 'outer';
