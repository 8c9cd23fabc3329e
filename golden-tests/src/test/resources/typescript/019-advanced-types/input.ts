// Conditional, mapped, template literal, infer, keyof/typeof/unique, import() and tuple types.
type Unwrap<T> = T extends Promise<infer U extends object> ? U : T extends (infer V)[] ? V : never;
type Mutable<T> = { -readonly [K in keyof T as `set${Capitalize<string & K>}`]+?: T[K] };
type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Lazy = typeof import("./lazy.ts");
type Key = keyof typeof config;
declare const sym: unique symbol;
type Fns = ReturnType<<T>() => T> | Parameters<(a: string) => void>[0];
type Tuple = [name: string, age?: number, ...rest: boolean[]];
const config = { a: 1 };
let v: Array<Array<number>>= [];
export { config, v };
