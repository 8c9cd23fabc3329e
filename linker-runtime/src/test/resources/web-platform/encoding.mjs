// TextEncoder, TextDecoder, atob, btoa.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));
const bytes = (u8) => Array.from(u8).join(",");

const encoder = new TextEncoder();
log(encoder.encoding, bytes(encoder.encode("aé€𝄞")), encoder.encode().length, encoder.encode(undefined).length);
log(bytes(encoder.encode("\uD800x\uDC00")), Object.prototype.toString.call(encoder.encode("x")));
const target = new Uint8Array(5);
log(encoder.encodeInto("a€𝄞", target), bytes(target));
log(encoder.encode(12345).length, encoder.encode(null).length);

const utf8 = new TextDecoder();
log(utf8.encoding, utf8.fatal, utf8.ignoreBOM, utf8.decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x68, 0x69])));
log(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x68])).length);
log(utf8.decode(new Uint8Array([0x61, 0xFF, 0x62, 0xC3])), utf8.decode(), utf8.decode(new ArrayBuffer(2)).length);
log(utf8.decode(new DataView(new Uint8Array([0x68, 0xC3, 0xA9]).buffer)));
log(utf8.decode(new Uint16Array([0x6968])));
try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xC3])); } catch (error) { log(error.name, error instanceof TypeError); }
try { new TextDecoder("nope"); } catch (error) { log(error.name); }
try { utf8.decode("string"); } catch (error) { log(error.name); }

const streaming = new TextDecoder();
const euro = [0xE2, 0x82, 0xAC];
log([streaming.decode(new Uint8Array(euro.slice(0, 1)), { stream: true }), streaming.decode(new Uint8Array(euro.slice(1)), { stream: true }), streaming.decode()]);

const utf16 = new TextDecoder("utf-16le");
log(utf16.encoding, utf16.decode(new Uint8Array([0xFF, 0xFE, 0x68, 0x00, 0x3D, 0xD8, 0x00, 0xDE])));
log(new TextDecoder("utf-16be").decode(new Uint8Array([0x00, 0x68, 0x00, 0x69])));
log(new TextDecoder("latin1").encoding, new TextDecoder("latin1").decode(new Uint8Array([0x63, 0x61, 0x66, 0xE9])));
log(new TextDecoder(" ISO-8859-2 ").encoding, new TextDecoder("iso-8859-2").decode(new Uint8Array([0xA1, 0xB1])));
log(new TextDecoder("koi8-r").decode(new Uint8Array([0xE1, 0xE2])), new TextDecoder("ibm866").decode(new Uint8Array([0x80])));
log(new TextDecoder("shift_jis").decode(new Uint8Array([0x82, 0xA0])), new TextDecoder("gbk").decode(new Uint8Array([0xC4, 0xE3])));

log(btoa("hello, world"), btoa(""), btoa("\xFF\xFE"), atob("aGVsbG8="), atob("aGVsbG8"), atob(" aG Vs\nbG8= "));
log(bytes(Array.from(atob("/+8="), (c) => c.charCodeAt(0))));
for (const bad of ["a", "aGVsbG8===", "*"]) {
  try { atob(bad); } catch (error) { log(bad, error.name, error.code, error instanceof DOMException); }
}
try { btoa("€"); } catch (error) { log(error.name, error.code); }
log(btoa(123), atob(undefined === undefined ? "MTIz" : ""));
