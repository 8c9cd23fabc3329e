import './bad.mjs';
console.log('importer2 never runs');
