// m4 throws while main still waits for async m2: m2 settling later must skip main (failed, no [[CycleRoot]]) and m5 settling must still run m3 (GatherAvailableAncestors)
import './m2.mjs';
import './m3.mjs';
import './m4.mjs';
console.log('main');
