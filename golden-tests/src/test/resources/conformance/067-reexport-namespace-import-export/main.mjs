// `import * as ns from; export { ns }` exports the namespace object itself
import { ns } from './mid.mjs';
import * as direct from './m.mjs';
console.log(ns === direct);
