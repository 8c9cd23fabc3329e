export const n = 1;
console.log('leaf runs:', n);
import.meta.hot.dispose(() => console.log('leaf', n, 'disposed'));
