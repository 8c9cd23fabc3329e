// node:stream basics, one scenario after another, as Node runs them: Readable.from through a
// Transform into a Writable, object mode, backpressure, errors through pipeline's callback,
// finished, stream/promises, Duplex, PassThrough, async iteration, fs streams.
import stream, { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } from 'node:stream';
import { pipeline as pipelinePromise, finished as finishedPromise } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { text, json, buffer, arrayBuffer, blob } from 'node:stream/consumers';
import { ReadableStream as WebReadable, WritableStream as WebWritable } from 'node:stream/web';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const log = (...args) => console.log(...args);
const collector = (options = {}) => {
  const chunks = [];
  const sink = new Writable({ ...options, write(chunk, encoding, callback) { chunks.push(options.objectMode ? chunk : String(chunk)); callback(); } });
  sink.chunks = chunks;
  return sink;
};

// 1. Readable.from -> Transform -> Writable, with pipeline's callback
await new Promise((resolve) => {
  const upper = new Transform({ transform(chunk, encoding, callback) { callback(null, String(chunk).toUpperCase()); } });
  const sink = collector();
  pipeline(Readable.from(['alpha', 'beta', 'gamma']), upper, sink, (error) => { log('1 pipeline', error, sink.chunks); resolve(); });
});

// 2. object mode through a filtering, doubling Transform
await new Promise((resolve) => {
  const double = new Transform({
    objectMode: true,
    transform(n, encoding, callback) { if (n % 2 === 0) this.push({ n, twice: n * 2 }); callback(); },
    flush(callback) { this.push({ done: true }); callback(); },
  });
  const sink = collector({ objectMode: true });
  pipeline(Readable.from([1, 2, 3, 4, 5, 6]), double, sink, (error) => { log('2 objects', error, sink.chunks); resolve(); });
});

// 3. backpressure: write() turns false at the highWaterMark, 'drain' follows
await new Promise((resolve) => {
  const slow = new Writable({ highWaterMark: 4, write(chunk, encoding, callback) { setTimeout(callback, 1); } });
  const results = [];
  let drains = 0;
  slow.on('drain', () => { drains++; });
  for (let i = 0; i < 6; i++) results.push(slow.write('ab'));
  log('3 write results', results, 'length', slow.writableLength, 'needDrain', slow.writableNeedDrain);
  slow.end('!', () => { log('3 drains', drains, 'finished', slow.writableFinished); resolve(); });
});

// 3b. a producer that waits for 'drain' each time write() says false
{
  const slow = new Writable({ highWaterMark: 3, write(chunk, encoding, callback) { setTimeout(callback, 1); } });
  let refused = 0;
  let drains = 0;
  for (let i = 0; i < 10; i++) {
    if (!slow.write('xx')) {
      refused++;
      await new Promise((resolve) => slow.once('drain', resolve));
      drains++;
    }
  }
  slow.end();
  await finishedPromise(slow);
  log('3b refused', refused, 'drains', drains);
}

// 4b. push() says false at a readable's highWaterMark
{
  const buffered = new Readable({ highWaterMark: 3, read() {} });
  log('4b push', ['a', 'b', 'c', 'd'].map((c) => buffered.push(c)), buffered.readableLength);
  const objects = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  log('4b objects', [{}, {}, {}].map((o) => objects.push(o)), objects.readableLength);
}

// 4. a readable's 'data' counts with a small highWaterMark, paused and resumed
await new Promise((resolve) => {
  let produced = 0;
  const source = new Readable({ highWaterMark: 2, read() { produced++; this.push(produced <= 5 ? `c${produced}` : null); } });
  const seen = [];
  source.on('data', (chunk) => { seen.push(String(chunk)); if (seen.length === 2) { source.pause(); setTimeout(() => source.resume(), 5); } });
  source.on('end', () => { log('4 data', seen, 'paused then', source.isPaused(), 'ended', source.readableEnded); resolve(); });
});

// 5. an error in a Transform reaches pipeline's callback, and every stream is destroyed
await new Promise((resolve) => {
  const failing = new Transform({ transform(chunk, encoding, callback) { callback(String(chunk) === 'bad' ? new Error('bad chunk') : null, chunk); } });
  const source = Readable.from(['ok', 'bad', 'never']);
  const sink = collector();
  pipeline(source, failing, sink, (error) => {
    log('5 error', error && error.message, 'destroyed', source.destroyed, failing.destroyed, sink.destroyed, sink.chunks);
    resolve();
  });
});

// 6. finished on a writable, and on a readable destroyed with an error
await new Promise((resolve) => {
  const sink = collector();
  finished(sink, (error) => { log('6 finished writable', error); });
  sink.end('x');
  const source = new Readable({ read() {} });
  finished(source, (error) => { log('6 finished readable', error && error.message); resolve(); });
  source.destroy(new Error('gone'));
});

// 7. stream/promises: pipeline with an async generator stage, then a rejected one
{
  const sink = collector();
  await pipelinePromise(Readable.from(['x', 'y']), async function* (source) { for await (const chunk of source) yield `<${chunk}>`; }, sink);
  log('7 promises pipeline', sink.chunks);
  try {
    await pipelinePromise(Readable.from([1]), async function* () { throw new Error('stage failed'); }, collector());
  } catch (error) {
    log('7 rejected', error.message);
  }
  const done = collector();
  const waiting = finishedPromise(done);
  done.end('z');
  await waiting;
  log('7 finished promise', done.writableFinished);
}

// 8. async iteration, setEncoding and a StringDecoder across split characters
{
  const bytes = Buffer.from('héllo wörld €');
  const parts = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)];
  const text = [];
  const readable = Readable.from(parts, { objectMode: false });
  readable.setEncoding('utf8');
  for await (const chunk of readable) text.push(chunk);
  const decoder = new StringDecoder('utf8');
  log('8 iterate', text.join(''), parts.map((p) => decoder.write(p)), JSON.stringify(decoder.end()));
}

// 9. Duplex and PassThrough, pipe()
await new Promise((resolve) => {
  const echo = new Duplex({
    read() {},
    write(chunk, encoding, callback) { this.push(`echo:${chunk}`); callback(); },
    final(callback) { this.push(null); callback(); },
  });
  const through = new PassThrough();
  const sink = collector();
  echo.pipe(through).pipe(sink);
  sink.on('finish', () => { log('9 duplex', sink.chunks); resolve(); });
  echo.write('one');
  echo.end('two');
});

// 10. Writable with writev (corked), and the stream's shape
await new Promise((resolve) => {
  const batches = [];
  const batched = new Writable({
    writev(chunks, callback) { batches.push(chunks.map((c) => String(c.chunk))); callback(); },
  });
  batched.cork();
  batched.write('a'); batched.write('b'); batched.write('c');
  process.nextTick(() => batched.uncork());
  batched.end('d', () => { log('10 writev', batches); resolve(); });
});
log('10 shape', typeof stream, stream.Stream === stream, typeof stream.Readable.from, typeof stream.promises.pipeline,
  new PassThrough() instanceof stream.Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable);

// 11. fs streams
{
  // a folder of its own (the only one removed at the end)
  const folder = path.join(os.tmpdir(), `hmrc-stream-test-${process.pid}-${Date.now()}`);
  fs.mkdirSync(folder);
  const file = path.join(folder, 'out.txt');
  const out = fs.createWriteStream(file);
  for (let i = 0; i < 5; i++) out.write(`line ${i}\n`);
  await new Promise((resolve) => out.end('last\n', resolve));
  log('11 written', out.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));
  const chunks = [];
  await pipelinePromise(fs.createReadStream(file, { highWaterMark: 16, encoding: 'utf8' }), new Writable({
    decodeStrings: false, write(chunk, encoding, callback) { chunks.push(chunk); callback(); },
  }));
  log('11 read chunks', chunks.length, JSON.stringify(chunks[0]), chunks.join('').length);
  const part = [];
  for await (const chunk of fs.createReadStream(file, { start: 5, end: 10 })) part.push(chunk);
  log('11 range', JSON.stringify(Buffer.concat(part).toString()));
  const appended = fs.createWriteStream(file, { flags: 'a' });
  appended.end('appended\n');
  await finishedPromise(appended);
  log('11 appended', fs.readFileSync(file, 'utf8').split('\n').length);
  const missing = fs.createReadStream(path.join(folder, 'missing.txt'));
  const error = await new Promise((resolve) => missing.on('error', resolve));
  log('11 missing', error.code);
  fs.rmSync(folder, { recursive: true, force: true });
}

// 12. piped into process.stdout (which is not ended)
await new Promise((resolve) => {
  const source = Readable.from(['piped ', 'to ', 'stdout\n']);
  source.on('end', () => setTimeout(() => { log('12 stdout still writable', process.stdout.writable); resolve(); }, 1));
  source.pipe(process.stdout);
});

// 13. stream/consumers and the web-stream adapters
{
  log('13 text', await text(Readable.from(['con', 'sumed'])), 'json', await json(Readable.from(['{"a":', '[1,2]}'])));
  log('13 buffer', await buffer(Readable.from([Buffer.from('ab'), Buffer.from('c')])), (await arrayBuffer(Readable.from(['xyz']))).byteLength,
    (await blob(Readable.from(['blob!']))).size);
  const web = new WebReadable({ start(controller) { controller.enqueue('w1'); controller.enqueue('w2'); controller.close(); } });
  log('13 web text', await text(web), WebReadable === globalThis.ReadableStream);
  const fromWeb = Readable.fromWeb(new WebReadable({ start(c) { c.enqueue(new TextEncoder().encode('from web')); c.close(); } }));
  log('13 fromWeb', String(await buffer(fromWeb)));
  const toWeb = Readable.toWeb(Readable.from(['to', 'web'], { objectMode: true }));
  const read = [];
  for (const reader = toWeb.getReader(); ;) { const { value, done } = await reader.read(); if (done) break; read.push(value); }
  log('13 toWeb', read);
  const written = [];
  const sink = Writable.fromWeb(new WebWritable({ write(chunk) { written.push(new TextDecoder().decode(chunk)); } }));
  await pipelinePromise(Readable.from(['web ', 'sink']), sink);
  log('13 Writable.fromWeb', written.join(''));
  const plain = collector();
  const writer = Writable.toWeb(plain).getWriter();
  await writer.write('via ');
  await writer.write('toWeb');
  await writer.close();
  log('13 Writable.toWeb', plain.chunks.join(''), plain.writableFinished);
}
