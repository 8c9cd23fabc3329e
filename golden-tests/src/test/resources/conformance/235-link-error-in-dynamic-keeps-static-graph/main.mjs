// a failing dynamic graph does not affect already-evaluated modules it shares
import { v } from './good.mjs';
console.log('main ok');
try { await import('./bad.mjs'); } catch (e) { console.log(e.constructor.name); }
console.log('still ok ' + v);
