import f from './a.mjs';
console.log('b: ' + f.name + ' ' + f());
