// The web-platform kernels of DESIGN.md's last figure, the same file under node and hmrc:
// TextEncoder.encode and TextDecoder.decode of 1 MB, new URL(), structuredClone of a
// 10,000-entry object. Arguments: ROUNDS [KERNEL...]; for each kernel and round prints
// "round KERNEL INDEX NANOS_PER_OP CHECKSUM". Kernels run one after the other, each for all
// its rounds, so that each is measured once warm.
const args = globalThis.arguments ?? process.argv.slice(2);
const rounds = Number(args[0] ?? 30);
const chosen = args.length > 1 ? args.slice(1) : ["encode", "decode", "url", "clone"];
const now = () => performance.now();

// About 1 MB of text: mostly ASCII words with some two- and three-byte characters, as in prose.
const words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dög", "naïve", "café", "€uro", "data", "value", "hot"];
let text = "";
for (let i = 0; text.length < 1_000_000; i++) text += words[(i * 7) % words.length] + (i % 13 === 0 ? ".\n" : " ");
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encoded = encoder.encode(text);

// new URL() inputs as programs write them: absolute http(s) URLs with paths, queries and
// fragments (credentials and a port, an IPv4 host, dot segments, upper case to normalise, a
// space to percent-encode), ws and file URLs, a non-special one, and relative references
// against a page's and a module's URL (the base a string, as with import.meta.url).
const page = "https://example.com/docs/guide/index.html?lang=en#intro";
const module = "file:///home/user/project/src/main.mjs";
const urls = [
  ["https://example.com/"],
  ["https://user:pass@sub.example.com:8080/path/to/page.html?query=value&other=1#section"],
  ["http://localhost:3000/api/v1/items?id=42"],
  ["https://www.example.org/search?q=hot+module+replacement&lang=en"],
  ["file:///home/user/project/src/main.mjs"],
  ["https://cdn.example.net/assets/app.3f2a1b.js"],
  ["http://192.168.1.10/status"],
  ["https://example.com/a/b/../c/./d?x=%20y"],
  ["HTTPS://API.Example.com/v2/Users/42?fields=name,email"],
  ["https://example.com/search?q=hello world&sort=desc#results"],
  ["wss://realtime.example.com/socket?token=abc123"],
  ["mailto:someone@example.com"],
  ["../images/logo.png", page],
  ["/api/users?page=2", page],
  ["?tab=settings", page],
  ["#section-3", page],
  ["chapter-2.html", page],
  ["./data/config.json", module],
];

const cloneSource = {};
for (let i = 0; i < 10_000; i++) cloneSource["key" + i] = { id: i, name: "item " + i, score: i * 1.5, active: i % 2 === 0 };

const kernels = {
  encode: { ops: 20, run(n) { let sum = 0; for (let i = 0; i < n; i++) sum += encoder.encode(text).length; return sum; } },
  decode: { ops: 20, run(n) { let sum = 0; for (let i = 0; i < n; i++) sum += decoder.decode(encoded).length; return sum; } },
  url: { ops: 9_000, run(n) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const [input, base] = urls[i % urls.length];
      sum += new URL(input, base).pathname.length;
    }
    return sum;
  } },
  clone: { ops: 3, run(n) { let sum = 0; for (let i = 0; i < n; i++) sum += structuredClone(cloneSource).key9999.id; return sum; } },
};

for (const name of chosen) {
  const kernel = kernels[name];
  if (kernel === undefined) throw new Error("unknown kernel " + name);
  for (let round = 0; round < rounds; round++) {
    const start = now();
    const checksum = kernel.run(kernel.ops);
    const nanos = (now() - start) * 1e6 / kernel.ops;
    console.log(`round ${name} ${round} ${nanos.toFixed(1)} ${checksum}`);
  }
}
