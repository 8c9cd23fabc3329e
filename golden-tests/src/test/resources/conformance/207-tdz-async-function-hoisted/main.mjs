// exported async function and generator declarations are hoisted like functions
import './a.mjs';
