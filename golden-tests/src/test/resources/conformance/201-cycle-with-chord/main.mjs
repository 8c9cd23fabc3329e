// 3-cycle a -> b -> c -> a plus a chord a -> c: c is reached first through b, the chord finds it evaluated
import './a.mjs';
console.log('main');
