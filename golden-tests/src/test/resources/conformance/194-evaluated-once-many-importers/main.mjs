// a module imported by many modules evaluates exactly once
import './a.mjs';
import './b.mjs';
import './c.mjs';
