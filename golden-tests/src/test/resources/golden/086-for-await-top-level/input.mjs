// top-level for await makes the module async
import { stream } from "./stream.js";
for await (const chunk of stream) console.log(chunk);
