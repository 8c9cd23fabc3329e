// Type aliases, from one line to several; export type too.
type Id = string;
export type Pair<A, B = A> = [first: A, second?: B];
export type Handler =
  | ((event: Event) => void)
  | { handleEvent(event: Event): void };
type Fn = new (...args: any[]) => object;
export const id: Id = "a";
