// A small program that keeps state while its code changes: run it with
//   bin/hmrc run --import hmr/register examples/hot-demo/main.mjs
// and edit render.mjs (or counter.mjs) while it runs. The count keeps going; the new code
// is used from the next tick on. It stops by itself after `seconds` (default 30; the first
// program argument overrides it).
import { render } from './render.mjs';
import { counter } from './counter.mjs';

const seconds = Number(globalThis.arguments?.[0] ?? 30);
const started = Date.now();
const timer = setInterval(() => {
  counter.tick();
  console.log(render(counter.value));
  if (Date.now() - started >= seconds * 1000) clearInterval(timer);
}, 1000);
