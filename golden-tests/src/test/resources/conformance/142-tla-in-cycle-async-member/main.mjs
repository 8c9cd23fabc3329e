// sync a in a cycle with async b: a waits for b, then runs in the same job as b's completion
import './a.mjs';
console.log('main');
