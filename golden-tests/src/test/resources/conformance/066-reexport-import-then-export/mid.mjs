import { x, bump } from './m.mjs';
export { x, bump };
