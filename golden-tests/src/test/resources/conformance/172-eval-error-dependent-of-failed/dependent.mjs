import './bad.mjs';
globalThis.dependentRan = true;
