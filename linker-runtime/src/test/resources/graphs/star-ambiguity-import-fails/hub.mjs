console.log('hub not evaluated');
export * from './one.mjs';
export * from './two.mjs';
