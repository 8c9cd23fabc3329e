import './a.mjs';
import { fromB } from './b.mjs';
console.log('main', fromB);
