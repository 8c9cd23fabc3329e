// Type predicates and assertion signatures in return types.
export function isString(x         )              { return typeof x === "string"; }
export function assert(x         , message         )            { if (!x) throw new Error(message); }
export function assertIs(x         )                      { if (typeof x !== "number") throw new TypeError(); }
export class Box { isEmpty()                               { return true; } }
