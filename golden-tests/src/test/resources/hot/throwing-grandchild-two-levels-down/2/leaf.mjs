export const n = 3;
console.log('leaf runs:', n);
import.meta.hot.dispose(() => console.log('leaf', n, 'disposed'));
