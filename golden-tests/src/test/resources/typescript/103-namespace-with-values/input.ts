// A namespace with a value in it: refused, never dropped.
export namespace Util {
  export type T = 1;
  export const answer = 42;
}
