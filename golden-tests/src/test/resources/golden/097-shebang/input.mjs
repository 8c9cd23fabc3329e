#!/usr/bin/env node
// a shebang on line 1 is kept as a comment-like line (it cannot follow the wrapper prefix)
import { main } from "./main.js";
main(process.argv);
