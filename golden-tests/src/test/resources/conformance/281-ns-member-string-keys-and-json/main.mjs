// string-literal keys name members exactly (string export names, escapes, default); a JSON module's namespace has default
import * as ns from './lib.mjs';
import * as data from './data.json' with { type: 'json' };
const key = 'plain';
console.log(typeof ns['with space'], ns["\u0070lain"], ns[`plain`], ns[key], ns['default'], ns.default);
console.log(ns['with space'](), ns["with space"].name);
console.log(data.default.n, data['default'].list.length, data.n, Object.keys(data).join());
