import './a.mjs';
import './b.mjs';
import.meta.hot.accept(['./b.mjs', './a.mjs'], ([b, a]) => console.log('b:', b && b.name, 'a:', a && a.name));
