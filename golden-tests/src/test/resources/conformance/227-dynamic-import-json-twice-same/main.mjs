// static and dynamic imports of one JSON module give the same default object
import data from './d.json' with { type: 'json' };
const ns = await import('./d.json', { with: { type: 'json' } });
console.log(ns.default === data);
