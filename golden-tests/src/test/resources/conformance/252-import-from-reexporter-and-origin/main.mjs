// the same binding imported directly and through a re-exporter is identical
import { f as direct } from './m.mjs';
import { f as viaMid } from './mid.mjs';
console.log(direct === viaMid);
