export { default as d } from './m.mjs';
