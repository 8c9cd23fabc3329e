import * as ns from './m.mjs';
console.log(JSON.stringify(Object.keys(ns)));
console.log(Reflect.ownKeys(ns).map(String).join(','));
console.log(Object.prototype.toString.call(ns), ns[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(ns) === null, Object.isExtensible(ns), Object.isFrozen(ns), Object.isSealed(ns));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, 'b')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag)));
console.log('a' in ns, 'zz' in ns, Symbol.toStringTag in ns, ns.zz);
try { ns.a = 5; } catch (e) { console.log('set:', e.constructor.name); }
try { delete ns.a; } catch (e) { console.log('delete:', e.constructor.name); }
console.log('delete missing', delete ns.zz);
console.log(Reflect.set(ns, 'a', 1), Reflect.deleteProperty(ns, 'a'), Reflect.defineProperty(ns, 'a', { value: ns.a }));
console.log(Reflect.defineProperty(ns, 'a', { value: 'other' }), Reflect.defineProperty(ns, 'a', { enumerable: false }));
console.log(Reflect.setPrototypeOf(ns, null), Reflect.setPrototypeOf(ns, {}), Reflect.preventExtensions(ns));
console.log(ns.default, ns.b, ns.c);
