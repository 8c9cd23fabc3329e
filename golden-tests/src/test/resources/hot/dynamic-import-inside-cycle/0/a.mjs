import { viaB } from './b.mjs';
export const a = 'a1';
export const callBack = () => viaB();
console.log('a runs:', a);
import.meta.hot.accept();
