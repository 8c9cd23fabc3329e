// two sync parents of one async leaf run in [[AsyncEvaluationOrder]] order (their DFS post-order)
import './p1.mjs';
import './p2.mjs';
console.log('main');
