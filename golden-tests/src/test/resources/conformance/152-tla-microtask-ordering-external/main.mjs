// a microtask queued by a sync sibling runs before the async leaf resumes after a later await
import './a.mjs';
import './b.mjs';
console.log('main');
