// node:stream/web: the WHATWG stream classes, which are also globals (the web platform's).
const NAMES = ["ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
    "ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStream",
    "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
    "WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream",
    "TextDecoderStream", "CompressionStream", "DecompressionStream"];
for (const name of NAMES) {
    if (typeof globalThis[name] === "function") module.exports[name] = globalThis[name];
}
