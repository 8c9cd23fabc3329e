import { object, string, number, array, assert, is, validate, defaulted, create } from "superstruct";
const Article = object({ id: number(), title: string(), tags: array(string()) });
console.log(is({ id: 1, title: "t", tags: [] }, Article), is({ id: "1" }, Article));
const [error] = validate({ id: 1, title: 2, tags: [] }, Article);
console.log(error.path.join("."), error.type);
try { assert({ id: 1 }, Article); } catch (e) { console.log("assert", e.constructor.name, e.key); }
console.log(JSON.stringify(create({}, object({ n: defaulted(number(), 7) }))));
