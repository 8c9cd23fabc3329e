// computed keys: string literals ns["x"] (any quotes, escapes, names that are no identifiers) are static members; any other key stays a read through the namespace
import * as ns from "./lib.js";
const key = "value";
console.log(ns["value"], ns['value'], ns["val\u0075e"], ns["not an identifier"], ns[ /* c */ "value" ]);
ns["run"](1);
console.log(ns[key], ns[0], ns[`value`], ns[key + ""], ns[Symbol.toStringTag]);
