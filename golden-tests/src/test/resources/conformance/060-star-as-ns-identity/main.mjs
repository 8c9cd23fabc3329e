// the namespace exported by `export * as` is the same object as a direct `import *`
import { m } from './hub.mjs';
import * as direct from './m.mjs';
console.log(m === direct);
