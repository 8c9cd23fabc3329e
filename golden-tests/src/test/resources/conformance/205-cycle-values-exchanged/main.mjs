// a 2-cycle exchanging a hoisted function one way and a value the other way
import './a.mjs';
import { value } from './b.mjs';
console.log('main ' + value);
