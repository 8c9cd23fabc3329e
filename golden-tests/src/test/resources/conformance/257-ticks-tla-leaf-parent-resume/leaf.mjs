await null;
globalThis.order.push('leaf resumed');
Promise.resolve().then(() => globalThis.order.push('t1')).then(() => globalThis.order.push('t2'));
