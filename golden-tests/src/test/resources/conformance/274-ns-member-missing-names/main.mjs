// a member the namespace does not have reads undefined (no link error), also Object.prototype names, ambiguous and default-through-star names
import * as ns from './hub.mjs';
import * as empty from './empty.mjs';
console.log(ns.missing, ns['missing'], ns?.missing, typeof ns.missing, ns.missing?.deep, ns.missing?.());
console.log(ns.toString, ns.constructor, ns.__proto__, ns.hasOwnProperty, ns.then, ns.valueOf);
console.log('ambiguous', ns.dup, 'dup' in ns, 'default via star', ns.default, 'own', ns.ok1, ns.ok2);
console.log('empty', empty.anything, Object.keys(empty).length);
const order = [];
try { ns.missing(order.push('args')); } catch (e) { order.push(e.constructor.name); }
try { new ns.missing(order.push('new args')); } catch (e) { order.push(e.constructor.name); }
try { ns.missing.deep; } catch (e) { order.push(e.constructor.name); }
try { ns.ok1(); } catch (e) { order.push(e.constructor.name); }
console.log(order.join(' '));
