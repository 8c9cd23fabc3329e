export const mode = 'hot';
console.log('dep runs:', mode);
if (mode === 'hot') import.meta.hot.accept();
