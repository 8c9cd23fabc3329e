// members that are namespaces (export * as, a re-exported namespace import) read the very namespace objects
import * as hub from './hub.mjs';
import * as leaf from './leaf.mjs';
import { star, again } from './hub.mjs';
console.log(hub.star === leaf, hub['star'] === star, hub.again === leaf, again === leaf);
console.log(hub.star.a, hub.again.b, hub.star['a'], typeof hub.star, Object.prototype.toString.call(hub.again));
console.log(hub.star.missing, Object.keys(hub).join(), Object.keys(hub.star).join());
try { hub.star.a = 2; } catch (e) { console.log('assign', e.constructor.name); }
console.log(hub.star.f() === leaf, hub.again.f() === leaf);
