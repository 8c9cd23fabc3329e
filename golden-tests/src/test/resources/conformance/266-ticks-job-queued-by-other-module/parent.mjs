import './leaf.mjs';
globalThis.order.push('parent');
