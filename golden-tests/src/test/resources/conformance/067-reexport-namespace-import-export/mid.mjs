import * as ns from './m.mjs';
export { ns };
