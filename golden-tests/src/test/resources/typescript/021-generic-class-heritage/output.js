// Type arguments in extends, class expressions, and generic methods in object literals.
class Store    { constructor(public_   ) {} }
export class Counter extends Store                    {}
export const Anonymous = class    extends Store                           { *[Symbol.iterator]()              {} };
export const api = {
  get   (path        )             { return fetch(path)              ; },
  async *stream   (            items     )                    { yield* items; },
};
