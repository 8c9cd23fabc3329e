export const leaf = 'leaf2';
console.log('leaf runs');
