// the sibling that finishes first does not release main alone
import './a.mjs';
import './b.mjs';
console.log('main');
