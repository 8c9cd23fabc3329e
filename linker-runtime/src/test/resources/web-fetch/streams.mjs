// Streams Standard: readable, writable, transform, async iteration, pipes, tee, byte streams.
const log = [];
const rs = new ReadableStream({
  start(controller) { controller.enqueue(1); controller.enqueue(2); },
  pull(controller) { controller.enqueue(3); controller.close(); },
});
for await (const chunk of rs) log.push(chunk);
console.log("iterate", log.join());
const early = new ReadableStream({ pull(c) { c.enqueue("x"); }, cancel(reason) { console.log("cancelled", reason === undefined); } });
for await (const chunk of early) { console.log("first", chunk); break; }
console.log("locked after break", early.locked);
const [left, right] = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } }).tee();
const readAll = async (s) => { const out = []; for await (const c of s) out.push(c); return out.join(""); };
console.log("tee", await readAll(left), await readAll(right));
const written = [];
const ws = new WritableStream({
  write(chunk) { written.push(chunk); },
  close() { written.push("closed"); },
}, new CountQueuingStrategy({ highWaterMark: 2 }));
const writer = ws.getWriter();
console.log("desiredSize", writer.desiredSize);
await writer.write("w1");
await writer.write("w2");
await writer.close();
console.log("written", written.join());
const upper = new TransformStream({
  transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
  flush(controller) { controller.enqueue("!"); },
});
const sink = [];
await new ReadableStream({ start(c) { c.enqueue("ab"); c.enqueue("cd"); c.close(); } })
  .pipeThrough(upper)
  .pipeTo(new WritableStream({ write(c) { sink.push(c); } }));
console.log("pipeThrough", sink.join());
const failing = new ReadableStream({ start(c) { c.error(new RangeError("bad source")); } });
try { await failing.pipeTo(new WritableStream()); } catch (e) { console.log("pipe error", e.name, e.message); }
const controller = new AbortController();
const slow = new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { try { c.enqueue("tick"); } catch (closed) { /* cancelled meanwhile */ } r(); }, 5)); } });
const got = [];
const piping = slow.pipeTo(new WritableStream({ write(c) { got.push(c); if (got.length === 2) controller.abort(); } }), { signal: controller.signal });
try { await piping; } catch (e) { console.log("pipe aborted", e.name, got.length); }
const reader = new ReadableStream({ start(c) { c.enqueue("r"); c.close(); } }).getReader();
console.log("read", JSON.stringify(await reader.read()), JSON.stringify(await reader.read()));
await reader.closed;
console.log("closed resolved");
const errored = new ReadableStream({ start(c) { c.error(new TypeError("nope")); } }).getReader();
try { await errored.read(); } catch (e) { console.log("read error", e.name, e.message); }
const bytes = new ReadableStream({
  type: "bytes",
  start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
});
const byob = bytes.getReader({ mode: "byob" });
const first = await byob.read(new Uint8Array(2));
console.log("byob", first.value.join(), first.done);
const rest = await byob.read(new Uint8Array(10));
console.log("byob rest", rest.value.join());
try { new ReadableStream().getReader().releaseLock(); console.log("release ok"); } catch (e) { console.log("release", e.name); }
const locked = new ReadableStream();
locked.getReader();
try { locked.getReader(); } catch (e) { console.log("second reader", e.name); }
console.log("strategies", new ByteLengthQueuingStrategy({ highWaterMark: 8 }).size(new Uint8Array(3)), new CountQueuingStrategy({ highWaterMark: 1 }).size());
console.log("types", typeof ReadableStreamDefaultReader, typeof WritableStreamDefaultWriter, typeof TransformStreamDefaultController, typeof ReadableByteStreamController);
const ts = new TransformStream();
const tw = ts.writable.getWriter();
tw.write("through");
tw.close();
console.log("identity", await readAll(ts.readable));
const enc = new TextEncoderStream();
console.log("encoder", enc.encoding, typeof enc.readable, typeof enc.writable);
const encoded = [];
await new ReadableStream({ start(c) { c.enqueue("h\u00e9"); c.enqueue("\ud83d"); c.enqueue("\ude00!"); c.close(); } })
  .pipeThrough(new TextEncoderStream())
  .pipeTo(new WritableStream({ write(c) { encoded.push(...c); } }));
console.log("encoded", encoded.join());
const decoded = [];
await new ReadableStream({ start(c) { c.enqueue(new Uint8Array([0x68, 0xc3])); c.enqueue(new Uint8Array([0xa9, 0xf0, 0x9f])); c.enqueue(new Uint8Array([0x98, 0x80])); c.close(); } })
  .pipeThrough(new TextDecoderStream())
  .pipeTo(new WritableStream({ write(c) { decoded.push(c); } }));
console.log("decoded", JSON.stringify(decoded.join("")));
const dec = new TextDecoderStream("utf-8", { fatal: true });
console.log("decoder", dec.encoding, dec.fatal, dec.ignoreBOM);
const lines = await readAll(new Response("one\ntwo").body.pipeThrough(new TextDecoderStream()));
console.log("response through decoder", JSON.stringify(lines));
const fromArray = await readAll(ReadableStream.from(["f", "r", "o", "m"]));
async function* generate() { yield 1; yield 2; yield 3; }
const fromGenerator = [];
for await (const n of ReadableStream.from(generate())) fromGenerator.push(n);
console.log("from", fromArray, fromGenerator.join(), ReadableStream.from([Promise.resolve("p")]) instanceof ReadableStream);
const promised = [];
for await (const v of ReadableStream.from([Promise.resolve("awaited"), "plain"])) promised.push(v);
console.log("from awaits", promised.join());
try { ReadableStream.from(42); } catch (e) { console.log("from non-iterable", e.name); }
let returned = false;
const cancelled = ReadableStream.from({ [Symbol.asyncIterator]() { return { next: async () => ({ done: false, value: "v" }), return: async () => { returned = true; return { done: true }; } }; } });
for await (const v of cancelled) break;
console.log("from cancel calls return", returned);
