import f from './a.mjs';
console.log('b: ' + f.constructor.name + ' ' + f.name);
