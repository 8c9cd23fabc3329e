import './m.mjs';
throw new Error('importer failed');
