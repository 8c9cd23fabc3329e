import './p1.mjs';
import { p2 } from './p2.mjs';
console.log('main:', p2);
import.meta.hot.accept('./p2.mjs', (ns) => console.log('main accepted p2:', ns.p2));
