// `import { x } from; export { x }` is an indirect export: it stays live
import { x, bump } from './mid.mjs';
console.log(x);
bump();
console.log(x);
