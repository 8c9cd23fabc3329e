// Erased text keeps tabs and other white space, line terminators (CRLF too) and the length of non-ASCII text.
const a:	number = 1;
type E = "é😀";
let b: /* € */ string = "€";
interface I {
	a: 1
}
const c = a as number;
export { a, b, c };
