import * as R from "ramda";
const people = [{ name: "b", age: 30 }, { name: "a", age: 25 }, { name: "c", age: 30 }];
console.log(JSON.stringify(R.groupBy(R.prop("age"), people)), R.pipe(R.sortBy(R.prop("name")), R.map(R.prop("name")), R.join(""))(people));
console.log(R.sum(R.range(1, 11)), JSON.stringify(R.assocPath(["a", "b"], 1, {})), R.equals({ x: [1] }, { x: [1] }), R.curry((a, b, c) => a + b + c)(1)(2)(3));
