import { createRequire } from 'node:module';
import { total } from './sum.cjs';
const require = createRequire(import.meta.url);
console.log('main sees', total);
import.meta.hot.accept('./sum.cjs', (ns) => console.log('main accepted', ns.total, 'binding', total));
import.meta.hot.on('hmr:error', () => {
  // After the rollback: require.cache has the previous entries back, with their module.exports.
  const value = require.cache[require.resolve('./value.cjs')];
  const sum = require.cache[require.resolve('./sum.cjs')];
  console.log('after the rollback:', JSON.stringify(value.exports), value.loaded, JSON.stringify(sum.exports),
    'entries', Object.keys(require.cache).length, 'binding', total);
});
