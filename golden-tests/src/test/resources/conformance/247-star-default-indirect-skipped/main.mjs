// `export *` skips a "default" that the target itself re-exports indirectly
import * as hub from './hub.mjs';
console.log('keys ' + Object.keys(hub).join());
