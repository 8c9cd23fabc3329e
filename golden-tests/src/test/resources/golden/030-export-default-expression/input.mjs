// export default of an expression: a const helper holds the value
const base = 40;
export default base + 2;
