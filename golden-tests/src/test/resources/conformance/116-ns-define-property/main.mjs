// [[DefineOwnProperty]] only succeeds for a compatible descriptor whose value is SameValue
import * as ns from './m.mjs';
console.log('same value', Reflect.defineProperty(ns, 'x', { value: 1 }));
console.log('empty descriptor', Reflect.defineProperty(ns, 'x', {}));
console.log('different value', Reflect.defineProperty(ns, 'x', { value: 2 }));
console.log('non-enumerable', Reflect.defineProperty(ns, 'x', { enumerable: false }));
console.log('configurable', Reflect.defineProperty(ns, 'x', { configurable: true }));
console.log('non-writable', Reflect.defineProperty(ns, 'x', { writable: false }));
console.log('accessor', Reflect.defineProperty(ns, 'x', { get() { return 1; } }));
console.log('new name', Reflect.defineProperty(ns, 'y', { value: 1 }));
