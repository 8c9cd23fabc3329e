import './counter.mjs';
import { v } from './dep.mjs';
export const name = 'main';
console.log('main runs with dep', v);
import.meta.hot.accept(['./dep.mjs'], ({ deps, module }) => console.log('main got dep', deps[0].v, 'own', module.name));
setInterval(() => {}, 1000);
