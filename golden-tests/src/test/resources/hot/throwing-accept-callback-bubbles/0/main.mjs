import { label } from './mid.mjs';
console.log('main:', label);
import.meta.hot.accept('./mid.mjs', (ns) => console.log('main accepted mid:', ns.label));
