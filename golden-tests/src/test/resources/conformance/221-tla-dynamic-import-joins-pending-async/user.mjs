console.log('user');
import './slow.mjs';
console.log('user done');
