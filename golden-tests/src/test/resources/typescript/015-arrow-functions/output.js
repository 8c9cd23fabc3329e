// Arrow functions: type parameters, parameter and return types; parenthesized expressions stay.
export const identity =     (value   )    => value;
export const add = (a        , b         = 1)         => a + b;
export const later = async    (value   )             => value;
export const guard = (x         )              => typeof x === "string";
export const nested = (f                       ) => (x        ) => f(x);
const c = true, a = 1, b = 2;
export const cond = c ? (a) : b;
export const cond2 = c ? (a)         => a : b;
export const paren = (a + b) * (c ? 1 : 2);
export const destructured = ({ x, y }                          , [z]          )         => x + y + z;
