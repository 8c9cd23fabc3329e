import queryString from "query-string";
console.log(JSON.stringify(queryString.parse("?a=1&b=2&b=3&c&d=x%20y")), queryString.stringify({ z: 1, a: [1, 2], s: "a b" }));
console.log(JSON.stringify(queryString.parseUrl("https://x.test/p?foo=bar#frag", { parseFragmentIdentifier: true })));
console.log(queryString.stringifyUrl({ url: "https://x.test/p", query: { q: "1" } }), JSON.stringify(queryString.parse("n=1&t=true", { parseNumbers: true, parseBooleans: true })));
