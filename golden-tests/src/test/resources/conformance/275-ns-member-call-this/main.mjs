// this of ns.f() is the namespace in every call form; a member's own methods get the member as this; new ignores it
import * as ns from './lib.mjs';
const is = (v) => v === ns ? 'ns' : v === undefined ? 'undefined' : typeof v === 'function' ? 'fn ' + v.name : typeof v;
console.log('dot', is(ns.self()), 'index', is(ns['self']()), 'optional', is(ns?.self()));
console.log('paren', is((ns.self)()), 'optional call', is(ns.self?.()), 'tagged', is(ns.tag`t`));
console.log('comma', is((0, ns.self)()), 'extracted', is((() => { const f = ns.self; return f(); })()));
console.log('call', is(ns.self.call(1)), 'apply', is(ns.self.apply(undefined)), 'bound', is(ns.self.bind(ns)()));
console.log('nested', is(ns.obj.m()) === 'object' && ns.obj.m() === ns.obj, 'static', is(ns.K.s()));
console.log('default', is(ns.default()), 'new', new ns.K() instanceof ns.K, 'arrow', is(ns.arrow()));
console.log('args', ns.sum(1, 2, 3), ns.sum(...[4, 5]), ns.sum());
console.log('sloppy-looking', ns.self.name, ns.self.length);
