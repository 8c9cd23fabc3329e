export const value = await Promise.resolve('v1');
console.log('dep ready:', value);
import.meta.hot.dispose(() => console.log('dep', value, 'disposed'));
