console.log('shared start');
await null;
export const shared = 'shared';
console.log('shared end');
