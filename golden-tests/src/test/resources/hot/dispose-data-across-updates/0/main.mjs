import './counter.mjs';
