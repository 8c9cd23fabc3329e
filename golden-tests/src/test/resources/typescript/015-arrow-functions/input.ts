// Arrow functions: type parameters, parameter and return types; parenthesized expressions stay.
export const identity = <T,>(value: T): T => value;
export const add = (a: number, b: number = 1): number => a + b;
export const later = async <T>(value: T): Promise<T> => value;
export const guard = (x: unknown): x is string => typeof x === "string";
export const nested = (f: (a: number) => number) => (x: number) => f(x);
const c = true, a = 1, b = 2;
export const cond = c ? (a) : b;
export const cond2 = c ? (a): number => a : b;
export const paren = (a + b) * (c ? 1 : 2);
export const destructured = ({ x, y }: { x: number; y: number }, [z]: number[]): number => x + y + z;
