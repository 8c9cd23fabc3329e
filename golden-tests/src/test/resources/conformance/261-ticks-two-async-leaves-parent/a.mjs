await null;
globalThis.order.push('a end');
