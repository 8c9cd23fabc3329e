export const leaf = 'leaf1';
console.log('leaf runs');
