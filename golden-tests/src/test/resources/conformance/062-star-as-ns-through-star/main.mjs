// a namespace re-exported with `export * as inner` travels through a further `export *`
import * as outer from './outer.mjs';
console.log(Object.keys(outer).join());
console.log(outer.inner.v);
