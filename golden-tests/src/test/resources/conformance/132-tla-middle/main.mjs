// TLA in a middle module: its sync leaf runs first, main waits for mid
import './mid.mjs';
console.log('main');
