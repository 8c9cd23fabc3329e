import { b } from './b.mjs';
export const a = 'a4';
export function describe() { return a + '+' + b; }
const runs = (import.meta.hot.data.runs ?? 0) + 1;
console.log('a runs:', describe(), 'run', runs);
import.meta.hot.accept();
