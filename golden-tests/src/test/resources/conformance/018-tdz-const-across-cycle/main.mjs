// reading an imported const before initialisation throws ReferenceError
import './a.mjs';
