// when one async sibling rejects, the other still finishes its own body; main never runs
import './bad.mjs';
import './good.mjs';
console.log('main');
