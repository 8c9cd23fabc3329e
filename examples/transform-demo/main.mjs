// Entry module of the transform demo: `bin/hmrc transform examples/transform-demo out/transform-demo`
// writes out/transform-demo/main.mjs (re-executable form) and main.mjs.map.
import { count, increment } from './lib/counter.mjs';
import format, { PREFIX } from './lib/format.js';
import config from './config.json' with { type: 'json' };

for (let i = 0; i < config.steps; i++) {
  increment();
}

// `count` is a live binding: after the loop it reads the counter's current value.
console.log(format(count), `(prefix ${PREFIX})`);

const { greeting } = await import('./lib/greeting.mjs');
console.log(greeting(config.name));
