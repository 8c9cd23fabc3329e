// a JSON default re-exported under a name
import { config } from './mid.mjs';
console.log(config.n);
