// 4-cycle a -> b -> c -> d -> a
import './a.mjs';
console.log('main');
