// CommonJS as Node runs it, imported from an ES module; printed the same by node and by hmrc.
import dot, * as dotNs from './lib/exports-dot.js';
import * as objectNs from './lib/object.cjs';
import * as defineNs from './lib/define.js';
import reexport, * as reexportNs from './lib/reexport.js';
import babel, * as babelNs from './lib/babel.js';
import fn, { helper } from './lib/function.js';
import * as cycleNs from './lib/cycle-a.js';
import dep from 'cjs-dep';
import dual from 'dual';
import { kind as esmKind, cjsSibling } from 'esm-pkg';
import { createRequire } from 'node:module';
const out = (...args) => console.log(args.map((a) => typeof a === 'string' ? a : JSON.stringify(a)).join(' '));
const keys = (ns) => Object.keys(ns).join(',');
out('exports-dot', keys(dotNs), dot.a, typeof dotNs.b, dot === dotNs.default);
out('object', keys(objectNs), objectNs.x, objectNs['z-w']);
out('define', keys(defineNs), defineNs.d, defineNs.__esModule);
out('reexport', keys(reexportNs), reexport.a);
out('babel', keys(babelNs), typeof babel, babelNs.named, babelNs.a);
out('function', fn(), helper, typeof fn);
out('cycle', keys(cycleNs), cycleNs.fromB, cycleNs.done);
out('dep', dep);
out('dual', dual);
out('esm-pkg', esmKind, cjsSibling);
const require = createRequire(import.meta.url);
const ctx = require('./lib/context.js');
out('context', ctx.thisIsExports, ctx.filename, ctx.dirname, ctx.moduleId, ctx.loaded, ctx.mainIsUndefined);
out('json', require('./lib/data.json'), require('./lib/data') === require('./lib/data.json'));
out('folder', require('./lib/pkg'), path(require.resolve('./lib/pkg')));
const cached = require.resolve('./lib/counter.js');
out('counter', require('./lib/counter.js').count, require('./lib/counter.js').count, typeof require.cache[cached]);
delete require.cache[cached];
out('counter after delete', require('./lib/counter.js').count);
try { require('./lib/missing'); } catch (e) { out('missing', e.code, e.message.split('\n')[0]); }
try { require('./lib/throws.js'); } catch (e) { out('throws', e.message, typeof require.cache[require.resolve('./lib/throws.js')]); }
out('builtin', require('path') === require('node:path'), typeof require('events'));
function path(p) { return p.slice(p.indexOf('/lib/')); }
