import { createRequire } from 'node:module';
import child, { label } from './child.cjs';
const require = createRequire(import.meta.url);
const entries = () => Object.keys(require.cache).map((k) => k.slice(k.lastIndexOf('/') + 1)).sort().join(',');
console.log('parent sees', label, child.count);
import.meta.hot.accept('./child.cjs', (ns) => {
  console.log('accepted:', ns.label, 'binding:', label, 'default:', ns.default.count, 'cache:', entries());
});
