// URL and URLSearchParams.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));
const parts = (u) => [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];

for (const [input, base] of [
  ["https://user:pass@Example.COM:443/a/./b/../c?q=1#f", undefined],
  ["../x?y#z", "http://h.test/a/b/c"],
  ["//other.test/p", "https://h.test/"],
  ["?only", "http://h.test/path?old#frag"],
  ["file:///tmp/a%20b.txt", undefined],
  ["http://[2001:db8::1]:8080/", undefined],
  ["http://192.168.0.1./", undefined],
  ["http://0300.0250.0.1/", undefined],
  ["https://münchen.test/ä?ö#ü", undefined],
  ["data:text/plain,hello world", undefined],
  ["mailto:a@b.test", undefined],
  ["ws://h.test:80/chat", undefined],
  ["HTTP://H.TEST/%7e", undefined],
  ["blob:https://h.test/id", undefined],
  ["http://h.test/\t\npath ", undefined],
]) {
  log(parts(base === undefined ? new URL(input) : new URL(input, base)));
}
for (const bad of ["", "nothing", "http://", "http://a b/", "http://[::1/", "https://h.test:99999/"]) {
  try { new URL(bad); log("parsed", bad); } catch (error) { log(JSON.stringify(bad), error.name, error instanceof TypeError); }
}
log(URL.canParse("x", "http://h.test"), URL.canParse("x"), URL.canParse("http://h.test"));
try { new URL("x", "not a base"); } catch (error) { log("bad base", error.name); }

const url = new URL("http://h.test/a?x=1");
url.protocol = "https"; url.username = "me"; url.password = "p w"; url.hostname = "example.test"; url.port = "8443";
url.pathname = "/new path/é"; url.search = "a=1&b=two words"; url.hash = "top";
log(url.href);
url.port = "443"; url.host = "other.test:444"; url.hash = ""; url.search = "";
log(url.href, url.search, url.hash);
url.href = "http://reset.test/";
log(url.href, url.searchParams.size);
try { url.href = "nope"; } catch (error) { log("href setter", error.name); }
log(String(url), url.toJSON(), JSON.stringify({ url }), Object.prototype.toString.call(url));

const linked = new URL("http://h.test/?a=1&b=2&a=3");
const params = linked.searchParams;
log(params.get("a"), params.getAll("a"), params.has("b"), params.has("a", "3"), params.get("zz"), params.size);
params.append("c", "x y&z");
params.set("a", "only");
params.delete("b");
log(linked.href, params.toString());
params.sort();
log(linked.search, [...params.keys()], [...params.values()], [...params.entries()]);
params.delete("a"); params.delete("c");
log(linked.href);
linked.search = "?k=v";
log(params.get("k"), params === linked.searchParams);

log(new URLSearchParams("?a=b%20c&d=%E2%82%AC&e=+&f").toString());
log([...new URLSearchParams({ x: "1", y: "é" })], [...new URLSearchParams([["p", "1"], ["p", "2"]])]);
log(new URLSearchParams("q=%zz&r=%C3").get("q"), new URLSearchParams("r=%C3").get("r"));
log(new URLSearchParams({ s: "~!'()*-._ +&=" }).toString());
const each = [];
new URLSearchParams("a=1&b=2").forEach((value, key, object) => each.push(key + value + (object instanceof URLSearchParams)));
log(each, Object.prototype.toString.call(new URLSearchParams().entries()));
try { new URLSearchParams([["only-one"]]); } catch (error) { log(error.name); }

// Components past 65,535 code units (the host's record keeps 32-bit offsets), IPv6 with
// credentials and a port, and an opaque path losing its query through searchParams.
const long = new URL("data:text/plain," + "x".repeat(70000) + "?q=" + "y".repeat(70000) + "#" + "z".repeat(3));
log(long.protocol, long.pathname.length, long.search.length, long.hash, long.href.length);
const v6 = new URL("https://user:pw@[::1]:8080/p/" + "a".repeat(70000) + "?a=1&b=2#f");
log(v6.host, v6.hostname, v6.port, v6.username, v6.password, v6.pathname.length, v6.search, v6.hash, v6.origin);
v6.searchParams.append("c", "x y");
log(v6.search, v6.href.slice(-16));
const opaque = new URL("foo:bar baz?x");
opaque.searchParams.delete("x");
log(JSON.stringify(opaque.href));
log(new URL("../images/logo.png", "https://example.com/docs/guide/index.html?lang=en#intro").href,
    new URL("?tab=2", "https://example.com/docs/index.html?lang=en#intro").href,
    new URL("", "https://example.com/docs/index.html?lang=en#intro").href,
    new URL("./data.json", "file:///home/u/src/main.mjs").href, new URL("HTTPS://API.Example.COM:443/a/./b/../c?q= x#y z").href);
