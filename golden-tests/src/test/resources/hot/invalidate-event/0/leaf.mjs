export const n = 1;
console.log('leaf runs', n);
import.meta.hot.accept(() => console.log('leaf v1 accept callback'));
