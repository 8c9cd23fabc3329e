// node:buffer: the buffer package (Node's Buffer for other runtimes, from its WebJar).
const vendored = require("hmrc:vendor/buffer");
// Node's inspect text, `<Buffer 68 6d ... 10 more bytes>` (the package's ends with a bare "...")
Object.defineProperty(vendored.Buffer.prototype, Symbol.for("nodejs.util.inspect.custom"), {
    configurable: true, writable: true,
    value: function inspect(recurseTimes, ctx) {
        const max = module.exports.INSPECT_MAX_BYTES;
        const remaining = this.length - max;
        let text = this.toString("hex", 0, Math.min(max, this.length)).replace(/(.{2})/g, "$1 ").trim();
        if (remaining > 0) text += " ... " + remaining + " more byte" + (remaining > 1 ? "s" : "");
        if (ctx) {
            const extras = Object.create(null);
            let any = false;
            for (const key of Reflect.ownKeys(this)) {
                if (typeof key === "string" && /^(?:0|[1-9][0-9]*)$/.test(key)) continue;
                if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
                extras[key] = this[key];
                any = true;
            }
            if (any) {
                if (this.length !== 0) text += ", ";
                text += require("util").inspect(extras, Object.assign({}, ctx, { breakLength: Infinity, compact: true })).slice(27, -2);
            }
        }
        return "<" + this.constructor.name + " " + text + ">";
    },
});
module.exports = {
    Buffer: vendored.Buffer,
    SlowBuffer: vendored.SlowBuffer,
    kMaxLength: vendored.kMaxLength,
    constants: { MAX_LENGTH: vendored.kMaxLength, MAX_STRING_LENGTH: 536870888 },
    INSPECT_MAX_BYTES: vendored.INSPECT_MAX_BYTES,
    atob: globalThis.atob,
    btoa: globalThis.btoa,
    Blob: globalThis.Blob,
};
