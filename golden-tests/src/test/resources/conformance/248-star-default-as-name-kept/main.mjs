// a default re-exported under another name does pass through `export *`
import * as hub from './hub.mjs';
console.log('keys ' + Object.keys(hub).join());
console.log(hub.d);
