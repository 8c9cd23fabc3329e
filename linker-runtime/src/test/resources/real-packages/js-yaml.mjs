import * as yaml from "js-yaml";
console.log(JSON.stringify(yaml.load("list:\n  - 1\n  - two\nmap: {a: b}\nmulti: |\n  line1\n  line2\n")));
console.log(yaml.dump({ a: [1, 2], b: { c: "d" }, e: "multi\nline" }));
try { yaml.load("a: [1, 2"); } catch (e) { console.log(e.name); }
