import { greet } from './greet.mjs';
let ticks = 0;
let ticksAtFirstFailure = -1;
const timer = setInterval(() => { ticks++; }, 2);
console.log('main runs:', greet('world'));
import.meta.hot.on('hmr:error', () => { if (ticksAtFirstFailure < 0) ticksAtFirstFailure = ticks; });
import.meta.hot.dispose(() => {
  clearInterval(timer);
  console.log('main disposed; ticked since the first failure:', ticksAtFirstFailure >= 0 && ticks > ticksAtFirstFailure);
});
import.meta.hot.accept();
