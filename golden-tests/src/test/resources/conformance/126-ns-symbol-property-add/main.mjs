// defining a new symbol property fails: the namespace is not extensible
import * as ns from './m.mjs';
console.log('Reflect.defineProperty symbol', Reflect.defineProperty(ns, Symbol('s'), { value: 1 }));
