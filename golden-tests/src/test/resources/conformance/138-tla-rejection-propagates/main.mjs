// a rejected TLA in a leaf rejects every importer; none of them runs
import './b.mjs';
console.log('main');
