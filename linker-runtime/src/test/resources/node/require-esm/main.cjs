// require() of ES modules (Node 20.19+ / 22.12+): what it returns, its errors, require.cache.
const util = require('util');
const path = require('path');
const show = (label, value) => console.log(label, JSON.stringify(value));
const keysOfCache = () => Object.keys(require.cache).map((k) => path.relative(__dirname, k)).sort();

// A default and named exports: the namespace of Node's facade, with __esModule: true.
const point = require('./point.mjs');
show('point json', point);
show('point keys', Object.keys(point));
console.log('point tag', Object.prototype.toString.call(point), Object.getPrototypeOf(point), Object.isExtensible(point));
console.log('point inspect', util.inspect(point), util.types.isModuleNamespaceObject(point));
console.log('point default', typeof point.default, new point.default(1, 2).x, point.distance({ x: 0, y: 0 }, { x: 3, y: 4 }));
console.log('point again', require('./point.mjs') === point);

// Named exports only: the module's own namespace, with live bindings.
const counter = require('./counter.mjs');
show('counter keys', Object.keys(counter));
counter.bump(); counter.bump();
console.log('counter live', counter.count, util.inspect(counter));
try { counter.count = 5; } catch (e) { console.log('counter assign', e.constructor.name); }

// The "module.exports" export is what require returns.
const custom = require('./custom.mjs');
console.log('custom', typeof custom, custom.name, custom.distance(1, 4), JSON.stringify(Object.keys(custom)));

// An __esModule export of its own: the namespace as it is.
show('flagged', require('./flagged.mjs'));

// A .js ES module of a "type": "module" package, importing CommonJS.
const typed = require('./typed/index.js');
show('typed', typed);

// Top-level await in the module or in its graph: ERR_REQUIRE_ASYNC_MODULE before anything runs.
for (const file of ['./tla.mjs', './uses-tla.mjs']) {
  try { require(file); } catch (e) { console.log(e.code, JSON.stringify(e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>'))); }
}
console.log('tla ran', globalThis.tlaRan === true);

// require.cache: one entry per module, exports the namespace; deleting it does not run the module again.
console.log('cache', JSON.stringify(keysOfCache()));
const entry = require.cache[require.resolve('./counter.mjs')];
console.log('entry', entry.exports === counter, entry.loaded, entry.id === entry.filename, path.basename(entry.filename));
delete require.cache[require.resolve('./counter.mjs')];
const again = require('./counter.mjs');
console.log('after delete', again === counter, again.count, globalThis.counterRuns);

// A missing module.
try { require('./missing.mjs'); } catch (e) { console.log('missing', e.code); }

// The "module-sync" export condition: the ES build, for require as for import.
console.log('module-sync', require('sync-build').build);
console.log('process.features.require_module', process.features.require_module);
