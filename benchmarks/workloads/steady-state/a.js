// First hop: the kernel whose inner loop calls through b.js and c.js bindings.
import { step, vecWork, shapes, Vec } from './b.js';
import * as b from './b.js';
import { tick, ticks, MASK } from './c.js';

export function kernel(n, seed) {
  let acc = seed;
  for (let i = 0; i < n; i++) {
    acc = step(acc, i);
    acc = (acc + vecWork(i)) & 0x3fffffff;
    acc ^= b.shapes.area(i & 255, ticks & 255);
    if ((i & 15) === 0) {
      tick();
      const v = new Vec(acc & MASK, i & MASK);
      acc = (acc + b.vecWork(v.x) + shapes.area(v.y & 63, 3)) & 0x3fffffff;
    }
  }
  return acc;
}
