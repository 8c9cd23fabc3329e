// an exported function declared after use in its own module works (function hoisting)
import './b.mjs';
