import * as ns from './a.mjs';
console.log('b: ownKeys ' + Reflect.ownKeys(ns).map(String).join());
try { Object.keys(ns); console.log('b: keys no error'); } catch (e) { console.log('b: keys ' + e.constructor.name); }
try { Object.values(ns); console.log('b: values no error'); } catch (e) { console.log('b: values ' + e.constructor.name); }
try { Object.getOwnPropertyDescriptor(ns, 'y'); console.log('b: gopd no error'); } catch (e) { console.log('b: gopd ' + e.constructor.name); }
try { Object.prototype.hasOwnProperty.call(ns, 'x'); console.log('b: hasOwn no error'); } catch (e) { console.log('b: hasOwn ' + e.constructor.name); }
console.log('b: in ' + ('x' in ns));
