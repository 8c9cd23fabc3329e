import './a.mjs';
console.log('b start');
await null;
const e = new Error('b async failure');
globalThis.keep(e);
throw e;
