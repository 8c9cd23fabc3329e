export const a = 'a1';
console.log('a runs', a);
import.meta.hot.accept();
