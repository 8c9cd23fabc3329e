import { x, ns } from './index.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', x, ns.y, JSON.stringify(Object.keys(ns))));
