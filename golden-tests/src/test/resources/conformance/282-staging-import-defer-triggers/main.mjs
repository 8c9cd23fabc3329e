// import defer (staging): a deferred module evaluates at the first string-keyed operation on its namespace ([[Get]], [[HasProperty]], [[OwnPropertyKeys]], [[GetOwnProperty]]), never at symbol reads, "then" or the prototype/extensibility queries
import './setup.mjs';
import defer * as get from './get.mjs';
import defer * as has from './has.mjs';
import defer * as keys from './keys.mjs';
import defer * as desc from './desc.mjs';
import defer * as sym from './sym.mjs';
console.log('start', evaluated.join() || '(none)');
console.log(typeof sym, sym[Symbol.toStringTag], Symbol.iterator in sym, Object.getPrototypeOf(sym), Object.isExtensible(sym));
console.log(sym.then, 'then' in sym, Object.getOwnPropertyDescriptor(sym, 'then'));
console.log('after symbol reads', evaluated.join() || '(none)');
console.log(get.x, evaluated.join());
console.log('x' in has, 'missing' in has, evaluated.join());
console.log(Object.keys(keys).join(), evaluated.join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(desc, 'x')), evaluated.join());
console.log(get.x, get.default, get.missing, evaluated.join());
console.log(Reflect.ownKeys(sym).map(String).join(), evaluated.join());
