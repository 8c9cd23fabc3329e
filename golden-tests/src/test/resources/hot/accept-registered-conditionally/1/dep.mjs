export const mode = 'cold';
console.log('dep runs:', mode);
if (mode === 'hot') import.meta.hot.accept();
