// a dynamic import of an async cycle member (not the root) resolves once the root's component is done
await import('./a.mjs');
const b = await import('./b.mjs');
console.log('b namespace ready ' + b.v);
