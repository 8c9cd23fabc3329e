// the same with B awaiting three times: PA runs between A's end and B's end however the ticks are counted
import './pa.mjs';
import './b.mjs';
console.log('main');
