import './ok.mjs';
import './broken.mjs';
globalThis.ran.push('importer');
