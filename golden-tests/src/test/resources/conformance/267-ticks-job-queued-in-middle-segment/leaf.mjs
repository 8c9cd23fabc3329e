await null;
globalThis.order.push('leaf resumed');
Promise.resolve().then(() => globalThis.order.push('t1')).then(() => globalThis.order.push('t2'));
await null;
globalThis.order.push('leaf resumed 2');
