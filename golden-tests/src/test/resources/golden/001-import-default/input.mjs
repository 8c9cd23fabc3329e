// default import: every read becomes a call through the holder
import greet from "./greet.js";
greet("world");
console.log(greet.name, greet);
