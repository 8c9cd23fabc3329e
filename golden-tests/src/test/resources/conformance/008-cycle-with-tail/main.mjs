// a cycle a <-> b where b also imports a leaf c: c before b, b before a
import './a.mjs';
console.log('main');
