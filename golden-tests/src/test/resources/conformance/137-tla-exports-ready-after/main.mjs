// bindings assigned after a TLA are initialised by the time importers run
import { value } from './m.mjs';
console.log('value ' + value);
