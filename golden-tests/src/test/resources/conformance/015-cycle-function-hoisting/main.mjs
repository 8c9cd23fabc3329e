// a hoisted function declaration exported from a is callable by b before a has evaluated
import './a.mjs';
console.log('main');
