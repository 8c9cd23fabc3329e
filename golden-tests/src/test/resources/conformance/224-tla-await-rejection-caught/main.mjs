// a rejection caught inside the async module does not reject the module
import './m.mjs';
console.log('main');
