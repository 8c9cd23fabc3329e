import { missing } from './main.mjs';
export const greet = (name) => 'hi ' + name;
