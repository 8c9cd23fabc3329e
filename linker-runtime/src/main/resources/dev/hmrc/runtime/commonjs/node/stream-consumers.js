// node:stream/consumers: a whole stream (Node's, a web ReadableStream, any async iterable) as one value.
const { Buffer } = require("buffer");

async function chunksOf(stream) {
    const chunks = [];
    if (typeof stream[Symbol.asyncIterator] === "function") {
        for await (const chunk of stream) chunks.push(chunk);
        return chunks;
    }
    const reader = stream.getReader();
    for (;;) {
        const { value, done } = await reader.read();
        if (done) return chunks;
        chunks.push(value);
    }
}
const bytesOf = (chunk) => typeof chunk === "string" ? Buffer.from(chunk)
    : chunk instanceof Uint8Array ? chunk : Buffer.from(chunk.buffer || chunk, chunk.byteOffset, chunk.byteLength);

async function buffer(stream) {
    return Buffer.concat((await chunksOf(stream)).map(bytesOf));
}
async function arrayBuffer(stream) {
    const bytes = await buffer(stream);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
async function text(stream) {
    const decoder = new TextDecoder();
    let result = "";
    for (const chunk of await chunksOf(stream)) {
        result += typeof chunk === "string" ? chunk : decoder.decode(bytesOf(chunk), { stream: true });
    }
    return result + decoder.decode();
}
async function json(stream) {
    return JSON.parse(await text(stream));
}
async function blob(stream) {
    return new Blob((await chunksOf(stream)).map((chunk) => typeof chunk === "string" ? chunk : bytesOf(chunk)));
}
module.exports = { arrayBuffer, blob, buffer, json, text };
