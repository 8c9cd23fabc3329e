// the same specifier with and without attributes gives two requests
import text from "./thing.json";
import json from "./thing.json" with { type: "json" };
import again from "./thing.json";
console.log(text, json, again);
