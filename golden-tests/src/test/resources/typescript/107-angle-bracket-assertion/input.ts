// "<T>expr" is refused; "expr as T" says the same.
const input: unknown = "x";
export const s = <string>input;
