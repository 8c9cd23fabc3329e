import * as a from './a.mjs';
console.log('value' in a, Object.getOwnPropertyNames(a).join());
try { a.value; } catch (e) { console.log('get:', e.constructor.name); }
try { Object.keys(a); } catch (e) { console.log('keys:', e.constructor.name); }
try { Object.getOwnPropertyDescriptor(a, 'value'); } catch (e) { console.log('gOPD:', e.constructor.name); }
setTimeout(() => console.log('later', a.value, Object.keys(a).join()), 0);
