import { greet } from './greet.mjs';
let ticks = 0;
let ticksAtFailure = -1;
const timer = setInterval(() => { ticks++; }, 2);
console.log('main runs:', greet('world'));
import.meta.hot.on('hmr:error', () => { ticksAtFailure = ticks; });
import.meta.hot.dispose(() => {
  clearInterval(timer);
  console.log('main disposed; its interval ticked after the failed save:', ticksAtFailure >= 0 && ticks > ticksAtFailure);
});
import.meta.hot.accept();
