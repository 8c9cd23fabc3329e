// import defer (staging): a class field defined on a deferred namespace (a constructor returning it) is its [[DefineOwnProperty]], which evaluates the module first
import defer * as ns from './dep.mjs';
class Base { constructor() { return ns; } }
class WithField extends Base { x = 10; }
let outcome;
try { new WithField(); outcome = 'defined'; } catch (e) { outcome = e.constructor.name; }
console.log(outcome, 'evaluated:', globalThis.evaluated || 0);
