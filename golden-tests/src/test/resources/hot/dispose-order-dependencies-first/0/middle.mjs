import './bottom.mjs';
console.log('middle runs');
import.meta.hot.dispose(() => console.log('middle disposed'));
