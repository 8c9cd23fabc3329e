console.log('second importer waiting');
const ns = await import('./slow.mjs');
console.log('second importer got ' + ns.state);
