import './ok.mjs';
import './bad.mjs';
