// fetch against the loopback server WebFetchDifferentialTest starts (its address is in ./server.mjs).
import { base } from "./server.mjs";
const show = async (label, f) => {
  try { console.log(label, JSON.stringify(await f())); } catch (e) { console.log(label, "throws", e.name, e.name === "TypeError" ? e.message : ""); }
};
await show("get", async () => {
  const r = await fetch(base + "/echo?q=1", { headers: { "x-test": "yes" } });
  return [r.status, r.statusText === "" || r.statusText === "OK", r.ok, r.type, r.url === base + "/echo?q=1", r.redirected, r.headers.get("content-type"), await r.json()];
});
await show("post text", async () => (await fetch(base + "/echo", { method: "POST", body: "grüße" })).json());
await show("post json", async () => (await fetch(base + "/echo", { method: "PUT", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } })).json());
await show("post bytes", async () => (await fetch(base + "/echo", { method: "POST", body: new Uint8Array([1, 2, 3]) })).json());
await show("post form", async () => {
  const form = new FormData();
  form.append("a", "1");
  form.append("f", new Blob(["file"], { type: "text/x" }), "f.txt");
  const echoed = await (await fetch(base + "/echo", { method: "POST", body: form })).json();
  return [echoed.type.startsWith("multipart/form-data; boundary="), echoed.body.includes('name="f"; filename="f.txt"')];
});
await show("post params", async () => (await fetch(base + "/echo", { method: "POST", body: new URLSearchParams({ a: "1", b: "x y" }) })).json());
await show("post stream", async () => {
  const parts = ["streamed ", "request ", "body"];
  const body = new ReadableStream({ pull(c) { if (parts.length) c.enqueue(new TextEncoder().encode(parts.shift())); else c.close(); } });
  return (await fetch(base + "/echo", { method: "POST", body, duplex: "half" })).json();
});
await show("request object", async () => (await fetch(new Request(base + "/echo", { method: "DELETE", headers: { "x-test": "req" } }))).json());
await show("status", async () => { const r = await fetch(base + "/status/404"); return [r.status, r.ok, await r.text()]; });
await show("no content", async () => { const r = await fetch(base + "/status/204"); return [r.status, r.body, await r.text()]; });
await show("head", async () => { const r = await fetch(base + "/echo", { method: "HEAD" }); return [r.status, r.body, r.headers.get("content-type")]; });
await show("redirects", async () => { const r = await fetch(base + "/redirect/3"); return [r.status, r.redirected, r.url === base + "/echo?from=redirect", (await r.json()).url]; });
await show("redirect 303 post", async () => { const r = await fetch(base + "/see-other", { method: "POST", body: "gone" }); return (await r.json()); });
await show("redirect 302 post", async () => { const r = await fetch(base + "/found", { method: "POST", body: "gone" }); return (await r.json()); });
await show("redirect 307 post", async () => { const r = await fetch(base + "/temporary", { method: "POST", body: "kept" }); return (await r.json()); });
await show("redirect manual", async () => { const r = await fetch(base + "/redirect/1", { redirect: "manual" }); return [r.status, r.headers.get("location"), r.redirected]; });
await show("redirect error", () => fetch(base + "/redirect/1", { redirect: "error" }));
await show("too many redirects", () => fetch(base + "/redirect/25"));
await show("set-cookie", async () => (await fetch(base + "/cookies")).headers.getSetCookie());
await show("gzip", async () => (await fetch(base + "/gzip")).text());
await show("stream response", async () => {
  const r = await fetch(base + "/stream");
  const chunks = [];
  for await (const chunk of r.body.pipeThrough(new TextDecoderStream())) chunks.push(chunk);
  return chunks.join("");
});
await show("blob response", async () => { const b = await (await fetch(base + "/echo")).blob(); return [b.type, b.size > 10]; });
await show("arrayBuffer response", async () => { const b = new Uint8Array(await (await fetch(base + "/bytes")).arrayBuffer()); return [b.length, b.reduce((sum, x, i) => (sum * 31 + x * i) % 1000003, 0)]; });
await show("body used", async () => { const r = await fetch(base + "/echo"); await r.text(); return [r.bodyUsed, await r.text().catch((e) => e.name)]; });
await show("clone", async () => { const r = await fetch(base + "/bytes"); const c = r.clone(); return [(await r.arrayBuffer()).byteLength, (await c.arrayBuffer()).byteLength]; });
await show("headers immutable", async () => (await fetch(base + "/echo")).headers.set("a", "b"));
await show("abort before", () => { const c = new AbortController(); c.abort(); return fetch(base + "/slow", { signal: c.signal }); });
await show("abort during", () => { const c = new AbortController(); setTimeout(() => c.abort(), 50); return fetch(base + "/slow", { signal: c.signal }); });
await show("abort reason", async () => { const c = new AbortController(); setTimeout(() => c.abort(new RangeError("mine")), 20); try { await fetch(base + "/slow", { signal: c.signal }); } catch (e) { return [e.name, e.message]; } });
await show("timeout", () => fetch(base + "/slow", { signal: AbortSignal.timeout(50) }));
await show("abort body", async () => {
  const c = new AbortController();
  const r = await fetch(base + "/slow-body", { signal: c.signal });
  const reader = r.body.getReader();
  const first = await reader.read();
  c.abort();
  try { await reader.read(); return "read on"; } catch (e) { return [first.value.length > 0, e.name]; }
});
await show("refused", () => fetch("http://127.0.0.1:1/"));
await show("bad scheme", () => fetch("ftp://example.com/"));
await show("bad url", () => fetch("not a url"));
await show("cancel body", async () => { const r = await fetch(base + "/stream"); await r.body.cancel(); return r.bodyUsed; });
