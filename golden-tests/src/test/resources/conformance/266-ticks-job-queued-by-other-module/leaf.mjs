await null;
globalThis.order.push('leaf resumed');
