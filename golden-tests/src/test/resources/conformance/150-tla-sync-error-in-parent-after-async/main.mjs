// a sync parent that throws after its async dependency completed rejects the entry
import './b.mjs';
console.log('main never');
