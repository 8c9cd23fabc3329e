// Type arguments in extends, class expressions, and generic methods in object literals.
class Store<S> { constructor(public_: S) {} }
export class Counter extends Store<{ count: number }> {}
export const Anonymous = class<T> extends Store<T> implements Iterable<T> { *[Symbol.iterator](): Iterator<T> {} };
export const api = {
  get<T>(path: string): Promise<T> { return fetch(path) as Promise<T>; },
  async *stream<T>(this: void, items: T[]): AsyncGenerator<T> { yield* items; },
};
