// Middle hop: named and namespace imports from c.js, re-exports one of them.
import { mix, SCALE, Vec, weights } from './c.js';
import * as c from './c.js';

export { Vec } from './c.js';

export function step(acc, i) {
  return mix(acc, i * SCALE + weights.offset);
}

export function vecWork(i) {
  const v = new Vec(i & 1023, (i >> 3) & 1023).plus(new Vec(weights.near, weights.far));
  return v.dot(new Vec(SCALE, c.MASK & 7)) & c.MASK;
}

export const shapes = {
  area(w, h) {
    return (w * h) & c.MASK;
  },
};
