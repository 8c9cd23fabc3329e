// attributes are recorded sorted by key; a second import with the same attributes in another order shares the request
import cfg from "./cfg.json" with { type: "json", mode: "strict" };
import cfg2 from "./cfg.json" with { mode: "strict", type: "json" };
console.log(cfg, cfg2);
