// A package (a) that depends on another version of a package (b) than the app does:
// each import of 'b' resolves from its importer's folder upwards, as Node's ESM resolution does.
import { b, version } from 'b';
import { a, innerVersion, feature } from 'a';
import { c } from '@scope/c';
console.log('app sees b', version, b);
console.log(a, innerVersion, feature);
console.log(c);
const lazy = await import('a/lazy');
console.log(await lazy.loadB());
