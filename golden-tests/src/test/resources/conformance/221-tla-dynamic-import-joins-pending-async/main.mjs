// import() never evaluates synchronously; a new graph depending on a module still evaluating-async runs only after it finished
import('./slow.mjs');
console.log('main importing user');
await import('./user.mjs');
console.log('main got user');
