// A "this" parameter (and its comma) is erased.
export function describe(                        suffix        )         {
  return this.name + suffix;
}
export function alone(            ) { return this; }
export const obj = { m(               x        ) { return x; } };
