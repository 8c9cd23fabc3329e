// the hmr:http built-in is the same module in both linkers: its exports, a server that keeps
// the program alive until it is closed, option errors thrown synchronously
import http, { serve, json } from 'hmr:http';
import * as ns from 'hmr:http';
console.log(Object.keys(ns).join(), typeof serve, typeof json, http.serve === serve, Object.isFrozen(http));
console.log(JSON.stringify(json({ a: 1 }, { status: 201 })), Object.keys(json([])).join());
for (const bad of [{ port: 70000 }, { port: 1.5 }, { maxBodyBytes: -1 }, { timeout: 0 }, 'nope']) {
  try { serve(bad, () => ''); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { serve({ port: 0 }); } catch (e) { console.log(e.constructor.name, e.message); }
const server = serve({ port: 0 }, () => 'hi');
console.log(String(server), typeof server.port, server.port > 0, server.hostname, server.url === `http://127.0.0.1:${server.port}/`);
try { server.handler = 42; } catch (e) { console.log(e.constructor.name, e.message); }
setTimeout(() => {
  const closing = server.close();
  console.log(closing === server.close(), closing instanceof Promise);
  closing.then(() => console.log('closed, the program may end'));
}, 20);
console.log('serving');
