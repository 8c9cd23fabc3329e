// CommonJS requires an ES module that imports CommonJS which requires the first one back, and
// an ES module that imports the CommonJS entry still loading.
try { const r = require('./cycle2.mjs'); console.log('required cycle2.mjs', r.v); } catch (e) { console.log('outer', e.code); }
exports.early = 1;
try { require('./imports-main.mjs'); } catch (e) { console.log(e.code, e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>')); }
// Modules imported beside a CommonJS module that requires one of them run in Node's order.
require('./siblings.mjs');
