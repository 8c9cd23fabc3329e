import * as b from './b.mjs';
try { console.log('a read', b.inner.x); } catch (e) { console.log('a read', e.constructor.name); }
try { console.log('a call', b.inner.bump()); } catch (e) { console.log('a call', e.constructor.name); }
console.log('a hoisted', b.inner.hello(), b['inner'].hello() === 'hello', 'x' in b.inner, typeof b.inner);
