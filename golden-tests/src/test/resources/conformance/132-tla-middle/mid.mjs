import './leaf.mjs';
console.log('mid start');
await Promise.resolve();
console.log('mid end');
