// First hop, as in ../steady-state/a.js but without namespace member reads (b.x): named imports only.
import { step, vecWork, shapes, Vec } from './b.js';
import { tick, ticks, MASK } from './c.js';

export function kernel(n, seed) {
  let acc = seed;
  for (let i = 0; i < n; i++) {
    acc = step(acc, i);
    acc = (acc + vecWork(i)) & 0x3fffffff;
    acc ^= shapes.area(i & 255, ticks & 255);
    if ((i & 15) === 0) {
      tick();
      const v = new Vec(acc & MASK, i & MASK);
      acc = (acc + vecWork(v.x) + shapes.area(v.y & 63, 3)) & 0x3fffffff;
    }
  }
  return acc;
}
