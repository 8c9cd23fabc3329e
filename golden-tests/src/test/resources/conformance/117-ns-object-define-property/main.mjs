// Object.defineProperty succeeds for the same value and throws TypeError otherwise
import * as ns from './m.mjs';
console.log('same ok', Object.defineProperty(ns, 'x', { value: 1, writable: true, enumerable: true, configurable: false }) === ns);
try { Object.defineProperty(ns, 'x', { value: 3 }); console.log('no error'); } catch (e) { console.log('different ' + e.constructor.name); }
