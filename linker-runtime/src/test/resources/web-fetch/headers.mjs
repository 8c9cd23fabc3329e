// Headers (Fetch Standard): normalisation, validation, sort-and-combine, set-cookie, guards.
const show = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, "throws", e.name); }
};
const h = new Headers({ "Content-Type": "text/plain", "X-B": " two  ", "x-a": "1" });
h.append("X-A", "2");
h.append("Set-Cookie", "a=1; Path=/");
h.append("set-cookie", "b=2");
show("entries", () => [...h]);
show("keys", () => [...h.keys()]);
show("values", () => [...h.values()]);
show("get", () => [h.get("x-a"), h.get("X-B"), h.get("missing"), h.get("set-cookie")]);
show("getSetCookie", () => h.getSetCookie());
show("has", () => [h.has("CONTENT-type"), h.has("nope")]);
h.set("x-a", "3");
h.delete("x-b");
show("after set/delete", () => [...h]);
const seen = [];
h.forEach((value, name, self) => seen.push(name + "=" + value + ":" + (self === h)));
show("forEach", () => seen);
show("from pairs", () => [...new Headers([["a", "1"], ["A", "2"], ["b", "3"]])]);
show("from headers", () => [...new Headers(h)].length);
show("bad name", () => new Headers({ "bad name": "x" }));
show("bad value", () => new Headers({ a: "x\r\ny" }));
show("nul value", () => new Headers({ a: "x\0y" }));
show("bad pair", () => new Headers([["a", "b", "c"]]));
show("not iterable", () => new Headers(42));
show("non-latin1", () => new Headers({ a: "€" }));
show("empty name", () => new Headers({ "": "x" }));
show("toStringTag", () => Object.prototype.toString.call(h));
show("error headers immutable", () => Response.error().headers.set("a", "b"));
show("redirect headers immutable", () => Response.redirect("http://example.com/x").headers.append("a", "b"));
show("request headers", () => [...new Request("http://example.com/", { headers: { "X-Q": "1" } }).headers]);
show("response headers mutable", () => { const r = new Response("x"); r.headers.set("x-y", "z"); return [...r.headers]; });
show("tab and space edges", () => new Headers({ a: "\t v \t" }).get("a"));
show("live iteration", () => {
  const live = new Headers({ b: "1" });
  const out = [];
  for (const [name] of live) { out.push(name); if (name === "b") live.append("c", "2"); }
  return out;
});
