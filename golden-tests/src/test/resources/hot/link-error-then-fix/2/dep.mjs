export const a = 3;
console.log('dep runs', a);
import.meta.hot.dispose(() => console.log('dep disposed'));
import.meta.hot.accept();
