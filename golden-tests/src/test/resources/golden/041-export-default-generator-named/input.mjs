// export default generator with a name
export default function* gen() { yield 1; }
const it = gen();
