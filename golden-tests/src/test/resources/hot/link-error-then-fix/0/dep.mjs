export const a = 1;
console.log('dep runs', a);
import.meta.hot.dispose(() => console.log('dep disposed'));
import.meta.hot.accept();
