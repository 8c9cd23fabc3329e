export { leaf as w } from './leaf.mjs';
