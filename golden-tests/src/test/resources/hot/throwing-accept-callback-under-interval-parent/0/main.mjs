import { label } from './mid.mjs';
const timer = setInterval(() => {}, 5);
console.log('main runs with', label, '(interval started)');
import.meta.hot.dispose(() => { clearInterval(timer); console.log('main disposed (interval cleared)'); });
import.meta.hot.accept();
