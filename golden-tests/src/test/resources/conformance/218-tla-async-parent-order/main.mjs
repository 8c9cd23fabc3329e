// P1 waits for two async deps (L, X), P2 only for L: when L finishes P2 runs; P1 runs after X
import './p1.mjs';
import './p2.mjs';
console.log('main');
