// require from an ES module (createRequire) gives the record import gives: the same namespace
// object when the module has no default export, the same bindings when it has one.
import * as counter from './counter.mjs';
import * as point from './point.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const required = require('./counter.mjs');
console.log('same namespace', required === counter, globalThis.counterRuns);
required.bump();
console.log('live', counter.count, required.count);
const requiredPoint = require('./point.mjs');
console.log('facade', requiredPoint === point, requiredPoint.default === point.default, requiredPoint.__esModule, 'distance' in requiredPoint);
const later = await import('./custom.mjs');
console.log('module.exports', require('./custom.mjs') === later['module.exports'], require('./custom.mjs') === later.default);
const { build } = await import('sync-build');
console.log('module-sync', build, require('sync-build').build === build);
