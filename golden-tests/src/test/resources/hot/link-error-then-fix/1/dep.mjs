export const b = 2;
console.log('dep runs', b);
import.meta.hot.dispose(() => console.log('dep disposed'));
import.meta.hot.accept();
