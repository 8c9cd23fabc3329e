// a 3-cycle where the root throws last: every member of the component carries the root's error
let err;
try { await import('./a.mjs'); } catch (e) { err = e; }
const out = [];
for (const m of ['./a.mjs', './b.mjs', './c.mjs']) {
  try { await import(m); out.push('ok'); } catch (e) { out.push(e === err ? 'same' : 'other'); }
}
console.log('results: ' + out.join());
