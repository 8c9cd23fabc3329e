import './leaf.mjs';
globalThis.order.push('parent start');
await null;
globalThis.order.push('parent end');
