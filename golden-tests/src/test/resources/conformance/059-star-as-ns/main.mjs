// `export * as m from` exports the target's namespace under one name
import { m } from './hub.mjs';
import * as hub from './hub.mjs';
console.log(Object.prototype.toString.call(m));
console.log(m.a, m.b);
console.log('keys ' + Object.keys(hub).join());
