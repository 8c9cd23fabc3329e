// calls ns.f(...) keep this === ns: Pcall.call(Pim(), Pik(), args); new ns.C() is a plain read in parentheses; tagged templates and parenthesised callees stay on the namespace
import * as ns from "./lib.js";
ns.run();
ns.run(1, 2);
ns.run(...[3, 4], 5,);
ns.run(ns.arg(ns.value), () => ns.run());
ns.run /* gap */ (6);
ns
  .run(
    7);
ns.make().then(ns.done);
const x = new ns.Thing(1), y = new ns.Thing, z = new ns.Thing.Inner();
ns.tag`text ${ns.value}`;
(ns.run)(8);
(ns).run(9);
