await null;
globalThis.order.push('b end');
Promise.resolve().then(() => globalThis.order.push('t1')).then(() => globalThis.order.push('t2'));
