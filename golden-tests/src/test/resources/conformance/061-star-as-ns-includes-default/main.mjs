// unlike `export *`, the namespace from `export * as` contains `default`
import { m } from './hub.mjs';
console.log(Object.keys(m).join());
