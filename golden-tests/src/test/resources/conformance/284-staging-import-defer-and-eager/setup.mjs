globalThis.evaluated = [];
