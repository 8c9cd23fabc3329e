import data from './data.json' with { type: 'json' };
import * as jsonNs from './data.json' with { type: 'json' };
console.log(data.name, data.list.length, Object.keys(jsonNs).join(), jsonNs.default === data);
console.log(Object.keys(data).join(), Object.getPrototypeOf(data) === Object.prototype);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/json-and-meta/main.mjs'));
const again = await import('./data.json', { with: { type: 'json' } });
console.log(again.default === data);
try { await import('./data.json', 42); } catch (e) { console.log('bad options:', e.constructor.name); }
