// a hoisted function runs early but the let it reads is still in TDZ
import { get } from './a.mjs';
console.log('main ' + get());
