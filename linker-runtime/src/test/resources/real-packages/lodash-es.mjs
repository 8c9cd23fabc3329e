import { chunk, debounce, groupBy, cloneDeep, merge, template, kebabCase, uniqBy } from "lodash-es";
console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)), JSON.stringify(groupBy([1.2, 1.5, 2.1], Math.floor)), kebabCase("Hot Module Replacement"));
const deep = { a: [{ b: 1 }] };
const copy = cloneDeep(deep);
console.log(copy.a[0] !== deep.a[0], JSON.stringify(merge({ a: { x: 1 } }, { a: { y: 2 } })), JSON.stringify(uniqBy([{ id: 1 }, { id: 1 }, { id: 2 }], "id")));
console.log(template("hello <%= user %>!")({ user: "fred" }));
let calls = 0;
const later = debounce(() => { calls++; console.log("debounced", calls); }, 10);
later(); later(); later();
