// A const enum is emitted like an enum (an object), members may use earlier ones, string names too.
const enum Size {
  Small = 1,
  Large = Small * 10,
  'extra-large',
}
export const s = [Size.Small, Size.Large, Size['extra-large']];
