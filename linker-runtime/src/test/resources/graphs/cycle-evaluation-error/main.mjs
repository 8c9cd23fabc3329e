// b throws while a (its importer, same cycle) is on the stack: every module of the
// component records that error; importing any of them again rethrows the same object
const viaA = await import('./a.mjs').catch((e) => e);
const viaB = await import('./b.mjs').catch((e) => e);
const viaC = await import('./c.mjs').catch((e) => e);
console.log(viaA.message, viaA === viaB, viaB === viaC);
const ok = await import('./ok.mjs');
console.log('ok still fine:', ok.value);
