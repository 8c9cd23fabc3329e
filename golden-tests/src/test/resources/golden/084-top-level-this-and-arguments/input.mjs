// top-level this is undefined; top-level arguments is the global reference
console.log(this);
console.log(typeof arguments);
const arrow = () => arguments;
function f() { return arguments.length + (this === undefined ? 0 : 1); }
