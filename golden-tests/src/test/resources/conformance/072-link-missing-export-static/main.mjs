// a static import of a missing export is an uncaught SyntaxError naming it; no module evaluates
import { nothere } from './m.mjs';
console.log('main');
