import { label } from './mid.mjs';
const timer = setInterval(() => {}, 5);
console.log('main runs:', label);
import.meta.hot.dispose(() => { clearInterval(timer); console.log('main disposed'); });
import.meta.hot.accept();
