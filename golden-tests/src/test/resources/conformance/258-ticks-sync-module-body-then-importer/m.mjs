globalThis.order = ['m body'];
Promise.resolve().then(() => globalThis.order.push('t1'));
