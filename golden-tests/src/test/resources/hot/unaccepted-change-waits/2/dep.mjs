export const value = 3;
console.log('dep runs', value);
import.meta.hot.accept();
