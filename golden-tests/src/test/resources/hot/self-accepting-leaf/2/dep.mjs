export const value = 3;
console.log('dep runs with', value);
import.meta.hot.accept();
