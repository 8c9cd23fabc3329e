import './parent.mjs';
