// destructuring assignment targets that are imports go through the trap
import { x, y, z } from "./x.js";
[x] = [1];
({ y } = { y: 2 });
({ a: z } = { a: 3 });
[...x] = [4];
[x = y] = [];
