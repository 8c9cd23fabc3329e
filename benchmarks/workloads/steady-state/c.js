// Leaf of the steady-state workload: functions, constants, a class, an object and a live
// `let` binding, all read from the hot loop two and three module hops away.
export const SCALE = 3;
export const MASK = 0xffff;
export const weights = { near: 5, far: 11, offset: 7 };
export let ticks = 0;

export function mix(acc, value) {
  return ((acc * 31) ^ value) & 0x3fffffff;
}

export function tick() {
  ticks = (ticks + 1) & MASK;
}

export class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(other) {
    return new Vec(this.x + other.x, this.y + other.y);
  }
  dot(other) {
    return this.x * other.x + this.y * other.y;
  }
}
