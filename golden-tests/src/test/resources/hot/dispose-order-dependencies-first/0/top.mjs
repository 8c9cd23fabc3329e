import './middle.mjs';
console.log('top runs');
import.meta.hot.dispose(() => console.log('top disposed'));
import.meta.hot.accept();
