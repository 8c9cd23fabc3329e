// "export =" is CommonJS syntax: refused.
const api = { a: 1 };
export = api;
