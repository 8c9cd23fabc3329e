// Blob and File (File API).
const bytes = async (blob) => [...new Uint8Array(await blob.arrayBuffer())].join(",");
const b = new Blob(["héllo ", new Uint8Array([65, 66]), new Uint16Array([0x4443]).buffer, new Blob(["!"])], { type: "Text/Plain;Charset=UTF-8" });
console.log("size", b.size, "type", b.type);
console.log("text", await b.text());
console.log("bytes", await bytes(b));
console.log("slice", await b.slice(1, 3).text(), await b.slice(-3).text(), b.slice(2, 1).size, b.slice(0, 100, "A/B").type);
console.log("empty", new Blob().size, new Blob().type === "", await new Blob([]).text() === "");
console.log("bad type", JSON.stringify(new Blob(["x"], { type: "caf\u00e9" }).type));
console.log("native endings", JSON.stringify(await new Blob(["a\r\nb\nc\r\n"], { endings: "native" }).text()));
console.log("transparent endings", JSON.stringify(await new Blob(["a\r\nb"]).text()));
console.log("lone surrogate", await bytes(new Blob(["\ud800"])));
console.log("number part", await new Blob([42, true, null]).text());
try { new Blob("abc"); } catch (e) { console.log("string parts", e.name); }
try { new Blob([], { endings: "weird" }); } catch (e) { console.log("endings", e.name); }
const chunks = [];
for await (const chunk of b.stream()) chunks.push(...chunk);
console.log("stream", chunks.length, chunks.slice(0, 3).join(","));
console.log("tags", Object.prototype.toString.call(b), String(b));
const f = new File(["file body"], "notes.txt", { type: "text/plain", lastModified: 1234 });
console.log("file", f.name, f.size, f.type, f.lastModified, f instanceof Blob, f instanceof File, Object.prototype.toString.call(f));
console.log("file text", await f.text(), await f.slice(5).text());
console.log("file default time", typeof new File([], "x").lastModified, Math.abs(new File([], "x").lastModified - Date.now()) < 60000);
try { new File(["x"]); } catch (e) { console.log("file args", e.name); }
console.log("file from file", new File([f], "copy.txt").size);
console.log("file name string", new File([], 42).name);
