import { b } from './b.mjs';
export const a = 'a1';
export function describe() { return a + '+' + b; }
import.meta.hot.accept();
