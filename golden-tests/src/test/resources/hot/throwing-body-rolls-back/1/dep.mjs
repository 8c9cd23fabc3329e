export const value = 2;
import.meta.hot.accept();
if (value === 2) throw new Error('two is not allowed');
