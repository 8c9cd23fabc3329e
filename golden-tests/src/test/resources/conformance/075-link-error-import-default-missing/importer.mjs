import d from './m.mjs';
