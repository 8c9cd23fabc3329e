// node:stream: the readable-stream package (Node's own streams for other runtimes, from its WebJar),
// with the web-stream adapters it leaves out (Readable/Writable.fromWeb and toWeb), written here
// on the WHATWG stream globals.
const Stream = require("hmrc:vendor/readable-stream");
const { Readable, Writable } = Stream;

Readable.fromWeb = function fromWeb(readableStream, options = {}) {
    const reader = readableStream.getReader();
    const readable = new Readable({
        objectMode: !!options.objectMode,
        highWaterMark: options.highWaterMark,
        encoding: options.encoding,
        signal: options.signal,
        read() {
            reader.read().then(({ value, done }) => {
                if (done) readable.push(null);
                else readable.push(value);
            }, (error) => readable.destroy(error));
        },
        destroy(error, callback) {
            reader.cancel(error).then(() => callback(error), () => callback(error));
        },
    });
    return readable;
};
Readable.toWeb = function toWeb(streamReadable, options = {}) {
    const iterator = streamReadable[Symbol.asyncIterator]();
    const objectMode = streamReadable.readableObjectMode;
    return new ReadableStream({
        async pull(controller) {
            const { value, done } = await iterator.next();
            if (done) controller.close();
            else controller.enqueue(objectMode || typeof value === "string" ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        },
        cancel(reason) { streamReadable.destroy(reason); },
    }, options.strategy || (objectMode ? new CountQueuingStrategy({ highWaterMark: 16 }) : undefined));
};
Writable.fromWeb = function fromWeb(writableStream, options = {}) {
    const writer = writableStream.getWriter();
    return new Writable({
        objectMode: !!options.objectMode,
        highWaterMark: options.highWaterMark,
        decodeStrings: options.decodeStrings !== false,
        signal: options.signal,
        write(chunk, encoding, callback) { writer.write(chunk).then(() => callback(), callback); },
        final(callback) { writer.close().then(() => callback(), callback); },
        destroy(error, callback) {
            if (error) writer.abort(error).then(() => callback(error), () => callback(error));
            else callback(null);
        },
    });
};
Writable.toWeb = function toWeb(streamWritable) {
    return new WritableStream({
        write(chunk) { return new Promise((resolve, reject) => streamWritable.write(chunk, (error) => error ? reject(error) : resolve())); },
        close() { return new Promise((resolve) => streamWritable.end(resolve)); },
        abort(reason) { streamWritable.destroy(reason); },
    });
};
module.exports = Stream;
