// export default of a parenthesized function expression is an expression (not hoisted)
export default (function named() { return 1; });
