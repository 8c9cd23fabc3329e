import './bottom.mjs';
console.log('mid start'); await null; console.log('mid end');
