import './slow.mjs';
import './sync.mjs';
import './fast.mjs';
console.log('main');
