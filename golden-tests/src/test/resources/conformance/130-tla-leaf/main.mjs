// a leaf with top-level await: main runs only after the leaf's await resumed
import './leaf.mjs';
console.log('main');
