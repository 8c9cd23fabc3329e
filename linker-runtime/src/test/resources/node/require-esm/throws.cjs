// An ES module whose evaluation throws: require throws its error, the same error each time, and
// leaves no cache entry.
let first;
for (let i = 0; i < 2; i++) {
  try { require('./throws.mjs'); } catch (e) { console.log('throws', e.message, i === 0 ? (first = e, 'first') : e === first); }
}
console.log('throws ran', globalThis.throwsRan, Object.keys(require.cache).some((k) => k.endsWith('throws.mjs')));
