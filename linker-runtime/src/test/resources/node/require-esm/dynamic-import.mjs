// An ES module that reaches import() inside CommonJS through require: the same instance as its own import.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const fromCommonJs = await require('./dynamic-import-helper.cjs').load();
console.log('same as import', fromCommonJs === await import('./point.mjs'));
console.log('bare', (await require('./dynamic-import-bare.cjs')()).build);
