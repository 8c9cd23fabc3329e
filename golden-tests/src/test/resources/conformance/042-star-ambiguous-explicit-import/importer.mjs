import { dup } from './hub.mjs';
console.log('importer evaluated', dup);
