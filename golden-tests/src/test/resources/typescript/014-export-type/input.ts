// "export type" statements are erased whole.
export type { A, B } from "./types.ts";
export type { C };
export type * from "./all-types.ts";
export type * as ns from "./namespace-types.ts";
type C = number;
export type D = C;
export * from "./values.ts";
export * as values from "./values.ts";
