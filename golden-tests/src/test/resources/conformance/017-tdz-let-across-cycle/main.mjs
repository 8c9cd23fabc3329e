// reading an imported let before its module evaluated throws ReferenceError (TDZ)
import './a.mjs';
