await new Promise((r) => setTimeout(r, 10));
export const value = 'v2';
console.log('dep ready', value);
import.meta.hot.accept();
