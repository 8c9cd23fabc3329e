import './a.mjs';
import * as again from './a.mjs';
console.log('b');
