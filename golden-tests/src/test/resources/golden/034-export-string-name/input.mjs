// string export names
const a = 1, b = 2;
export { a as "a-b", b as "with space" };
