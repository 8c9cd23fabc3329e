// import() becomes the dynamic import parameter; the module record notes it
const mod = import("./lazy.js");
const name = "./other.js";
import(name).then(m => m.run());
