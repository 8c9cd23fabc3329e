import * as main from './main.mjs';
export const a = 1;
const names = () => Reflect.ownKeys(main).filter((k) => typeof k === 'string').join();
console.log('lib v1 sees main as:', names());
export function later() { return names(); }
import.meta.hot.accept();
