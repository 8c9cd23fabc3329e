// A "this" parameter (and its comma) is erased.
export function describe(this: { name: string }, suffix: string): string {
  return this.name + suffix;
}
export function alone(this: Window) { return this; }
export const obj = { m(this: unknown, x: number) { return x; } };
