// `export *` never re-exports `default`
import * as ns from './hub.mjs';
console.log('keys ' + Object.keys(ns).join());
console.log('default in ns ' + ('default' in ns));
