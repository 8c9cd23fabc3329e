import { count, increment } from './counter.mjs';
import * as counter from './counter.mjs';
console.log(count, counter.count);
increment();
increment();
console.log(count, counter.count);
try { count = 10; } catch (e) { console.log(e.constructor.name); }
