export * from './x.mjs';
console.log('hub');
export * from './y.mjs';
