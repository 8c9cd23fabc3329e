export const value = 2;
console.log('dep runs with', value);
import.meta.hot.accept();
