globalThis.order.push('b');
Promise.resolve().then(() => globalThis.order.push('t1'));
