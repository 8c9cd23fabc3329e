// imports without semicolons (ASI): blanking must not join the next statement
import a from "./a.js"
import { b } from "./b.js"
let c = a
;[b].forEach(console.log)
export { c }
