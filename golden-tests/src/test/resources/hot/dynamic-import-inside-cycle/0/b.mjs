export const viaB = async () => (await import('./a.mjs')).a + ' via b1';
console.log('b runs');
