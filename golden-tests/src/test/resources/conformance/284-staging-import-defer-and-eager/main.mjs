// import defer (staging) next to an eager import of the same module evaluates it eagerly; the deferred namespace is one object per module, distinct from the eager one; reading a deferred namespace of a module still evaluating throws
import './setup.mjs';
import defer * as deferred from './dep.mjs';
import * as eager from './dep.mjs';
import defer * as deferredAgain from './dep.mjs';
import { seen } from './self.mjs';
console.log(evaluated.join());
console.log(deferred === eager, deferred === deferredAgain, deferred.x, eager.x);
console.log(Object.prototype.toString.call(deferred), Object.prototype.toString.call(eager));
console.log('self read while evaluating:', seen);
const dynamic = await import('./dep.mjs');
console.log(dynamic === eager, dynamic === deferred);
