console.log('leaf');
export const leaf = 'leaf-value';
