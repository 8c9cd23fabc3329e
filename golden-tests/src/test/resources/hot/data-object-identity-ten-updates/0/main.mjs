import './store.mjs';
