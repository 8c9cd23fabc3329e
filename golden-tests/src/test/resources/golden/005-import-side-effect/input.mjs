// side-effect-only imports: only requests, no bindings
import "./polyfill.js";
import './styles.js';
console.log("ready");
