// 3-cycle a -> b -> c -> a: post-order gives c, b, a
import './a.mjs';
console.log('main');
