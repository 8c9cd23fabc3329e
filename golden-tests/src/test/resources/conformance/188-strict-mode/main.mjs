// module code is strict: assigning an undeclared name throws, `this` in plain functions is undefined
try { undeclaredName = 1; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
console.log((function () { return this; })() === undefined);
