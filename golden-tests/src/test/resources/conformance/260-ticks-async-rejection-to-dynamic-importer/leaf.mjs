await null;
Promise.resolve().then(() => globalThis.order.push('t1')).then(() => globalThis.order.push('t2')).then(() => globalThis.order.push('t3')).then(() => globalThis.order.push('t4')).then(() => globalThis.order.push('t5'));
throw new Error('leaf');
