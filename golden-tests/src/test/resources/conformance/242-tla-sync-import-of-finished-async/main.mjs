// a sync module importing an async module that already finished runs without waiting
await import('./a.mjs');
await import('./b.mjs');
