// Type predicates and assertion signatures in return types.
export function isString(x: unknown): x is string { return typeof x === "string"; }
export function assert(x: unknown, message?: string): asserts x { if (!x) throw new Error(message); }
export function assertIs(x: unknown): asserts x is number { if (typeof x !== "number") throw new TypeError(); }
export class Box { isEmpty(): this is { value: undefined } { return true; } }
