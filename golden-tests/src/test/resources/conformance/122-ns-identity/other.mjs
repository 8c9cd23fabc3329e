import * as again from './m.mjs';
export { again };
