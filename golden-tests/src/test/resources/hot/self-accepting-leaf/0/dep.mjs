export const value = 1;
console.log('dep runs with', value);
import.meta.hot.accept();
