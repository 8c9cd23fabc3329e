// [[Delete]]: false for exports (TypeError in strict code), true for non-exports; the tag is non-configurable
import * as ns from './m.mjs';
try { delete ns.x; console.log('no error'); } catch (e) { console.log('delete export ' + e.constructor.name); }
console.log('delete missing', delete ns.missing);
console.log('Reflect.deleteProperty export', Reflect.deleteProperty(ns, 'x'));
console.log('Reflect.deleteProperty missing', Reflect.deleteProperty(ns, 'missing'));
console.log('Reflect.deleteProperty tag', Reflect.deleteProperty(ns, Symbol.toStringTag));
