// the same specifier imported twice in a cycle member is one requested module
import './a.mjs';
import './a.mjs';
console.log('main');
