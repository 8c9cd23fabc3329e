// Middle hop, as in ../steady-state/b.js but without namespace member reads (c.x).
import { mix, SCALE, Vec, weights, MASK } from './c.js';

export { Vec } from './c.js';

export function step(acc, i) {
  return mix(acc, i * SCALE + weights.offset);
}

export function vecWork(i) {
  const v = new Vec(i & 1023, (i >> 3) & 1023).plus(new Vec(weights.near, weights.far));
  return v.dot(new Vec(SCALE, MASK & 7)) & MASK;
}

export const shapes = {
  area(w, h) {
    return (w * h) & MASK;
  },
};
