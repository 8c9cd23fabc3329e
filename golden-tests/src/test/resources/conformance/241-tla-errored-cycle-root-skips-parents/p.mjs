import './x.mjs';
import './y.mjs';
globalThis.pRan = true;
