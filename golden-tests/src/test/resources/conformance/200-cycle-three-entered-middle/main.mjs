// 3-cycle a -> b -> c -> a entered at b: main -> b -> c -> a -> b (on the stack), so a, c, b
import './b.mjs';
console.log('main');
