import './first.mjs';
import './bad.mjs';
import './later.mjs';
