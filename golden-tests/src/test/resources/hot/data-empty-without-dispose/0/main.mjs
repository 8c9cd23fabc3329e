import './dep.mjs';
