import './throws.mjs';
console.log('importer never runs');
