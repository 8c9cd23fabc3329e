globalThis.order = ['a'];
if (globalThis.never) await null;
