// ++, += and destructuring assignment to an import all throw TypeError
import { x } from './m.mjs';
try { x++; } catch (e) { console.log(e.constructor.name); }
try { x += 1; } catch (e) { console.log(e.constructor.name); }
try { ({ x } = { x: 3 }); } catch (e) { console.log(e.constructor.name); }
