export const a = 'a2';
console.log('a runs', a);
import.meta.hot.accept();
