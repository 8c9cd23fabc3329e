// A namespace that declares only types is erased (like "declare namespace").
export namespace Shapes {
  export interface Circle { radius: number }
  export type Square = { side: number };
  namespace Deeper { export type X = 1 }
}
export const ok = 1;
