// the entry module importing itself evaluates once and sees its own namespace
import * as me from './main.mjs';
export const value = 5;
console.log('main', me.value === 5);
