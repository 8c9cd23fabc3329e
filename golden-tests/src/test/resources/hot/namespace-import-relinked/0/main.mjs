import * as ns from './dep.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', JSON.stringify(Object.keys(ns)), ns.value));
