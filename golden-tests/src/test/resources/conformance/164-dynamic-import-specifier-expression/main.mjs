// the import() specifier is any expression converted to a string
const name = 'x';
const ns = await import('./' + name + '.mjs');
console.log(ns.v);
