import './ticker.mjs';
