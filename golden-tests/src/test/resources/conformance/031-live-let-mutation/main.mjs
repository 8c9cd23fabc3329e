// an imported let reflects the exporter's later assignments (live binding)
import { count, increment } from './counter.mjs';
console.log(count);
increment();
console.log(count);
increment();
console.log(count);
