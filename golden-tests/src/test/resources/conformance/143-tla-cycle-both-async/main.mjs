// both members of a cycle async: b (deeper) runs first, a starts only after b completed
import './a.mjs';
console.log('main');
