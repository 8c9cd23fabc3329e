await null;
globalThis.order.push('leaf end');
Promise.resolve().then(() => globalThis.order.push('t1')).then(() => globalThis.order.push('t2')).then(() => globalThis.order.push('t3'));
