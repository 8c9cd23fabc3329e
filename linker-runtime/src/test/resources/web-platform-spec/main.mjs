// What the standards say where Node 20 departs from them (so WebPlatformDifferentialTest
// cannot check it): expected.txt beside this file, checked against the specs by hand.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));

// HTML 8.9: self is the global object; navigator.userAgent is the host's.
log(self === globalThis, typeof navigator, navigator.userAgent, navigator.hardwareConcurrency > 0);
// WebIDL 3.7.3: constants are on the interface object and its prototype.
log(new Event("x").AT_TARGET, new DOMException().NOT_FOUND_ERR);
// DOM 2.9: a listener runs in the AT_TARGET phase; a passive listener cannot cancel.
const target = new EventTarget();
const phases = [];
target.addEventListener("x", (event) => { phases.push(event.eventPhase); event.preventDefault(); }, { passive: true });
const cancelable = new Event("x", { cancelable: true });
log(target.dispatchEvent(cancelable), cancelable.defaultPrevented, phases);
// DOM 2.9 step 5.4 (capture listeners at the target first).
const order = [];
target.addEventListener("y", () => order.push("bubble"));
target.addEventListener("y", () => order.push("capture"), true);
target.dispatchEvent(new Event("y"));
log(order);
// Encoding Standard index-windows-1252: 0x80 is U+20AC, the undefined bytes are the C1 controls.
log(Array.from(new TextDecoder("windows-1252").decode(new Uint8Array([0x80, 0x81, 0x9F, 0xE9])), (c) => c.codePointAt(0)));
// x-user-defined (14.5): 0x80-0xFF map to U+F780-U+F7FF.
log(Array.from(new TextDecoder("x-user-defined").decode(new Uint8Array([0x41, 0x80, 0xFF])), (c) => c.codePointAt(0)));
// WebCrypto 18.4.4: an HMAC key that cannot be exported is an InvalidAccessError.
crypto.subtle.importKey("raw", new Uint8Array([1]), { name: "HMAC", hash: "SHA-256" }, false, ["sign"])
  .then((key) => crypto.subtle.exportKey("raw", key))
  .catch((error) => log(error.name, error.code));
// URL Standard (2026): an ASCII xn-- label is kept as it is, even when its Punycode is invalid.
log(new URL("https://xn--a.example/").host, URL.canParse("https://xn--/"));
// structuredClone keeps a DOMException's name and message (HTML 2.7.3, serializable objects).
const clone = structuredClone(new DOMException("gone", "NotFoundError"));
log(clone instanceof DOMException, clone.name, clone.message, clone.code);
// TextDecoder: ISO-8859-10 and ISO-8859-14 need charsets that the JDK does not have.
for (const label of ["iso-8859-10", "iso-8859-14"]) {
  try { new TextDecoder(label); log(label, "supported"); } catch (error) { log(label, error.name); }
}
