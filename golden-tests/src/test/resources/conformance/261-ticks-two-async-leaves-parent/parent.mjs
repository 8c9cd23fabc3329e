import './a.mjs';
import './b.mjs';
globalThis.order.push('parent');
