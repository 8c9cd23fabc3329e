import './top.mjs';
