import * as main from './main.mjs';
export const a = 1;
export const added = 2;
const names = () => Reflect.ownKeys(main).filter((k) => typeof k === 'string').join();
console.log('lib v2 sees main as:', names(), '| main.added =', main.added);
export function later() { return names(); }
import.meta.hot.accept(() => console.log('after the update lib sees main as:', names()));
