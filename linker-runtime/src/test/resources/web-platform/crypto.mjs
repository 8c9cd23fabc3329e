// crypto.getRandomValues, randomUUID, subtle.digest, HMAC.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
const text = new TextEncoder();

for (const algorithm of ["SHA-1", "SHA-256", "sha-384", { name: "SHA-512" }]) {
  const digest = await crypto.subtle.digest(algorithm, text.encode("The quick brown fox"));
  log(JSON.stringify(algorithm), digest instanceof ArrayBuffer, digest.byteLength, hex(digest));
}
log(hex(await crypto.subtle.digest("SHA-256", new ArrayBuffer(0))));
log(hex(await crypto.subtle.digest("SHA-256", new DataView(text.encode("xabc").buffer, 1))));
try { await crypto.subtle.digest("MD5", text.encode("x")); } catch (error) { log(error.name); }

const key = await crypto.subtle.importKey("raw", text.encode("key"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
log(key.type, key.extractable, key.algorithm.name, key.algorithm.hash.name, key.algorithm.length, key.usages);
const signature = await crypto.subtle.sign("HMAC", key, text.encode("The quick brown fox jumps over the lazy dog"));
log(hex(signature));
log(await crypto.subtle.verify("HMAC", key, signature, text.encode("The quick brown fox jumps over the lazy dog")),
  await crypto.subtle.verify("HMAC", key, signature, text.encode("tampered")));
try { await crypto.subtle.exportKey("raw", key); } catch (error) { log("not extractable", error instanceof DOMException); }
const sha1Key = await crypto.subtle.importKey("raw", new Uint8Array([1, 2, 3]), { name: "HMAC", hash: { name: "SHA-1" } }, true, ["sign"]);
log(hex(await crypto.subtle.sign({ name: "HMAC" }, sha1Key, new Uint8Array(0))), hex(await crypto.subtle.exportKey("raw", sha1Key)));
try { await crypto.subtle.verify("HMAC", sha1Key, new Uint8Array(20), new Uint8Array(0)); } catch (error) { log(error.name); }
const generated = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign", "verify"]);
log(generated.algorithm.length, (await crypto.subtle.exportKey("raw", generated)).byteLength);

const values = crypto.getRandomValues(new Uint32Array(16));
log(values instanceof Uint32Array, values.length, new Set(values).size > 1);
const sameArray = new Uint8Array(4);
log(crypto.getRandomValues(sameArray) === sameArray, crypto.getRandomValues(new BigUint64Array(2)).length);
for (const bad of [new Float32Array(1), new Uint8Array(65537)]) {
  try { crypto.getRandomValues(bad); } catch (error) { log(error.name, error.code); }
}
const uuid = crypto.randomUUID();
log(typeof uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), crypto.randomUUID() !== uuid);
log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle), typeof CryptoKey, typeof SubtleCrypto);
