// b keeps a function that reads a's let; it throws during the cycle but works once a has run
import './a.mjs';
import { later } from './b.mjs';
console.log('later: ' + later());
