console.log('sibling-a.cjs runs');
const b = require('./sibling-b.mjs');
console.log('sibling-a.cjs got', b.b);
module.exports = { a: 1 };
