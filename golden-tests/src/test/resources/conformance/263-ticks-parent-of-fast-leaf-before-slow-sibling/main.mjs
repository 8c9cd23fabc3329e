// A (one await) finishes one tick before B's second await resumes, so A's sync parent PA runs before B ends
import './pa.mjs';
import './b.mjs';
console.log('main');
