// import() with an options argument keeps the options
const data = import("./data.json", { with: { type: "json" } });
const opts = { with: { type: "json" } };
import("./x.json", opts);
