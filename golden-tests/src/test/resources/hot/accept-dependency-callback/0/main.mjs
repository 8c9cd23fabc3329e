import { greet } from './dep.mjs';
console.log('main runs:', greet());
import.meta.hot.accept('./dep.mjs', (ns) => console.log('accepted:', ns.greet(), 'binding:', greet()));
