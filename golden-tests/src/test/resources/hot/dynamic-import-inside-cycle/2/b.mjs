export const viaB = async () => (await import('./a.mjs')).a + ' via b2';
console.log('b runs');
