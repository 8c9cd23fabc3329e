// combined default + namespace import from one request
import def, * as all from "./mod.js";
console.log(def === all.default);
