import './b.mjs';
import { } from './b.mjs';
console.log('a');
