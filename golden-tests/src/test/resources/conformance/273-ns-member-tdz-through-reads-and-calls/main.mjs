// reads and calls of namespace members in TDZ throw ReferenceError before the arguments run; hoisted functions are callable early
import './lib.mjs';
