// a imports c then b, c imports a back: c runs first (a is on the stack), then b, then a: evaluation follows [[RequestedModules]] order
import './a.mjs';
console.log('main');
