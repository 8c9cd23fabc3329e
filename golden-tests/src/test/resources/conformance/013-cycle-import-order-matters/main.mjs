// a imports b then c, c imports b and a: b first (leaf after cycle check), ... order follows [[RequestedModules]] order
import './a.mjs';
console.log('main');
