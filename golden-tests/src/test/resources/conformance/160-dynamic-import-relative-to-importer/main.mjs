// an import() inside a subfolder module resolves against that subfolder, not the entry
import { loadDeep } from './sub/loader.mjs';
console.log(await loadDeep());
