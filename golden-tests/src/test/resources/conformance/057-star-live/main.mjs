// bindings reached through `export *` are live
import { n, inc } from './hub.mjs';
console.log(n);
inc();
console.log(n);
