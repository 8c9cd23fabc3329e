// import defer (staging) of a JSON module: the deferred namespace's default export is the parsed JSON value, also after its symbol-keyed properties were probed (which do not evaluate it)
import defer * as ns from './data.json' with { type: 'json' };
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag)));
console.log(Reflect.set(ns, Symbol.toStringTag, 'x'), Reflect.deleteProperty(ns, Symbol.toStringTag), Symbol.toStringTag in ns);
console.log(typeof ns.default, ns.default && ns.default.answer);
