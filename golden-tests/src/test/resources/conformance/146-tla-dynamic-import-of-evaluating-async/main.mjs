// import() of a module that is still evaluating asynchronously resolves when it has finished
import './slow.mjs';
import './waiter.mjs';
console.log('main');
