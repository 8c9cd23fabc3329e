import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const data = require('./data.json');
const format = require('./format.cjs');
console.log('settings:', format(data));
import.meta.hot.accept();
