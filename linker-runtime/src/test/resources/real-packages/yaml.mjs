import { parse, stringify, parseDocument } from "yaml";
const doc = parse("a: 1\nb:\n  - x\n  - y: [1, 2]\nc: !!str 3\nd: ~\n");
console.log(JSON.stringify(doc));
console.log(stringify({ name: "hmrc", list: [1, "two", { three: true }], nested: { deep: null } }));
const d = parseDocument("# comment\nkey: value # trailing\n");
console.log(d.get("key"), String(d).trim());
