// c outside the cycle a <-> b (async b) waits for the whole cycle via its root a
import './a.mjs';
import './c.mjs';
console.log('main');
