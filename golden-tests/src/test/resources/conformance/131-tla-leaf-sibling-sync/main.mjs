// a sync sibling that does not depend on the async leaf runs during the first pass, before the leaf resumes
import './a.mjs';
import './b.mjs';
console.log('main');
