// an exported class declaration is in TDZ until its declaration runs
import './a.mjs';
