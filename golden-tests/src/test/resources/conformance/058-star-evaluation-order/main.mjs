// `export *` requests are evaluated in source order like imports
import './hub.mjs';
console.log('main');
