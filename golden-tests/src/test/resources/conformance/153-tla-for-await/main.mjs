// for await at the top level of a module
async function* gen() { yield 1; yield 2; yield 3; }
const got = [];
for await (const v of gen()) got.push(v);
console.log(got.join(' '));
