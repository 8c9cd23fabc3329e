// side-effect-only imports evaluate in source order, before the importer body
import './one.mjs';
import './two.mjs';
import './three.mjs';
console.log('main');
