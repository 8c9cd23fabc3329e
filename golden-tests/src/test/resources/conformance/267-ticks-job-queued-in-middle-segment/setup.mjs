globalThis.order = [];
