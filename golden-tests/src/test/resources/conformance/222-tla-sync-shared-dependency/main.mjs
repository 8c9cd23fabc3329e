// a sync module shared by an async module and a sync one runs once, first
import './a.mjs';
import './b.mjs';
console.log('main');
