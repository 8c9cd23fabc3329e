// a string export name passes through `export *`
import { "kebab-name" as k } from './hub.mjs';
console.log(k);
