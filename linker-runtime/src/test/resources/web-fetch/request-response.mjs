// Request and Response (Fetch Standard): construction, defaults, bodies, clone, statics.
const show = async (label, f) => {
  try { console.log(label, JSON.stringify(await f())); } catch (e) { console.log(label, "throws", e.name); }
};
const r = new Request("http://Example.COM:80/a/../b?x=1#frag");
await show("defaults", () => [r.method, r.url, r.destination, r.referrer, r.referrerPolicy, r.mode, r.credentials,
  r.cache, r.redirect, r.integrity, r.keepalive, r.isReloadNavigation, r.isHistoryNavigation, r.body, r.bodyUsed, r.duplex]);
await show("signal", () => [typeof r.signal, r.signal.aborted]);
await show("methods", () => ["get", "post", "Patch", "delete", "options", "head", "put", "custom"].map((m) => new Request("http://x/", { method: m }).method));
await show("forbidden method", () => new Request("http://x/", { method: "CONNECT" }));
await show("bad method", () => new Request("http://x/", { method: "a b" }));
await show("relative url", () => new Request("/relative"));
await show("credentials in url", () => new Request("http://user:pw@x/"));
await show("get with body", () => new Request("http://x/", { body: "x" }));
await show("head with body", () => new Request("http://x/", { method: "HEAD", body: "x" }));
await show("stream without duplex", () => new Request("http://x/", { method: "POST", body: new ReadableStream() }));
await show("bad redirect", () => new Request("http://x/", { redirect: "sometimes" }));
const post = new Request("http://x/p", { method: "POST", body: "hello", headers: { "x-a": "1" }, redirect: "manual", cache: "no-store" });
await show("post", () => [post.method, post.headers.get("content-type"), post.redirect, post.cache, post.bodyUsed]);
const copy = new Request(post, { headers: { "x-b": "2" } });
await show("from request", () => [copy.method, copy.url, [...copy.headers], copy.redirect, post.bodyUsed]);
await show("copy body", () => copy.text());
await show("source used", () => post.text());
const cloned = new Request("http://x/", { method: "PUT", body: "twice" });
const twin = cloned.clone();
await show("clone", async () => [await cloned.text(), await twin.text(), cloned.bodyUsed, twin.bodyUsed]);
await show("clone used", () => cloned.clone());
await show("read twice", async () => { const x = new Request("http://x/", { method: "POST", body: "1" }); await x.text(); return x.text(); });
await show("json", () => new Request("http://x/", { method: "POST", body: '{"a":[1,2]}' }).json());
await show("bad json", () => new Request("http://x/", { method: "POST", body: "{" }).json());
await show("arrayBuffer", async () => [...new Uint8Array(await new Request("http://x/", { method: "POST", body: new Uint8Array([1, 2, 3]) }).arrayBuffer())]);
await show("blob", async () => { const b = await new Request("http://x/", { method: "POST", body: "é", headers: { "content-type": "text/x" } }).blob(); return [b.size, b.type]; });
await show("search params body", async () => { const q = new Request("http://x/", { method: "POST", body: new URLSearchParams({ a: "1 2" }) }); return [q.headers.get("content-type"), await q.text()]; });
await show("aborted signal", () => { const c = new AbortController(); c.abort(); return new Request("http://x/", { signal: c.signal }).signal.aborted; });
await show("follows signal", () => { const c = new AbortController(); const q = new Request("http://x/", { signal: c.signal }); c.abort("why"); return [q.signal.aborted, q.signal.reason]; });

const res = new Response("body text", { status: 201, statusText: "Made", headers: { "X-R": "1" } });
await show("response", () => [res.status, res.statusText, res.ok, res.type, res.url, res.redirected, res.headers.get("content-type"), res.bodyUsed]);
await show("response text", () => res.text());
await show("response used", () => [res.bodyUsed, res.body === null]);
await show("default response", async () => { const d = new Response(); return [d.status, d.statusText, d.ok, d.body, await d.text()]; });
await show("status 199", () => new Response(null, { status: 199 }));
await show("status 600", () => new Response(null, { status: 600 }));
await show("body with 204", () => new Response("x", { status: 204 }));
await show("null body 204", () => new Response(null, { status: 204 }).status);
await show("bad statusText", () => new Response(null, { statusText: "a\nb" }));
await show("not ok", () => new Response(null, { status: 404 }).ok);
await show("Response.json", async () => { const j = Response.json({ a: 1 }, { status: 418, headers: { "x-j": "y" } }); return [j.status, j.headers.get("content-type"), j.headers.get("x-j"), await j.json()]; });
await show("Response.json own type", () => Response.json(1, { headers: { "content-type": "text/x" } }).headers.get("content-type"));
await show("Response.json bad", () => Response.json(undefined));
await show("Response.redirect", () => { const x = Response.redirect("http://example.com/a b", 301); return [x.status, x.headers.get("location"), x.body]; });
await show("redirect status", () => Response.redirect("http://example.com/", 200));
await show("redirect relative", () => Response.redirect("/x"));
await show("Response.error", () => { const e = Response.error(); return [e.type, e.status, e.statusText, e.ok, e.body]; });
await show("stream body", async () => {
  const s = new Response("streamed").body;
  const reader = s.getReader();
  const parts = [];
  for (;;) { const { done, value } = await reader.read(); if (done) break; parts.push(value.constructor.name, value.length); }
  return parts;
});
await show("body of readable", async () => {
  const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue(new Uint8Array([33])); c.close(); } });
  const x = new Response(stream);
  return [x.body === stream, await x.text(), x.bodyUsed];
});
await show("non-bytes chunk", () => new Response(new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } })).text());
await show("locked stream", () => { const s = new ReadableStream(); s.getReader(); return new Response(s); });
await show("response clone", async () => { const a = new Response("cl"); const b = a.clone(); return [await a.text(), await b.text()]; });
await show("stream clone", async () => {
  const a = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }));
  const b = a.clone();
  return [await b.text(), await a.text()];
});
await show("blob response", async () => { const x = new Response(new Blob(["b"], { type: "text/b" })); return [x.headers.get("content-type"), await x.text()]; });
await show("buffer response", async () => (await new Response(new Uint8Array([0xe2, 0x82, 0xac]).buffer).text()));
await show("bad utf8", async () => (await new Response(new Uint8Array([0x61, 0xff, 0x62])).text()));
await show("bom", async () => (await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text()));
await show("tags", () => [Object.prototype.toString.call(res), Object.prototype.toString.call(r)]);
