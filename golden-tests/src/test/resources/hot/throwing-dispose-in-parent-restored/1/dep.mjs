export const n = 2;
console.log('dep runs:', n);
import.meta.hot.dispose(() => console.log('dep', n, 'disposed'));
