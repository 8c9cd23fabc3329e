// reading an uninitialised binding through the namespace throws ReferenceError; `in` does not
import './a.mjs';
