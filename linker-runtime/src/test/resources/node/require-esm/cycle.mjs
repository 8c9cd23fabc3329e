// An ES module that imports CommonJS that requires it back: ERR_REQUIRE_CYCLE_MODULE.
import value from './cycle.cjs';
export const v = 1;
console.log('cycle.mjs ran, cycle.cjs gave', value);
