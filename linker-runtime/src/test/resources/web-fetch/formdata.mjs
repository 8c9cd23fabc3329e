// FormData (XMLHttpRequest Standard) and its two body encodings.
const fd = new FormData();
fd.append("a", "1");
fd.append("b", new Blob(["blob"], { type: "text/x-b" }));
fd.append("c", new Blob(["named"]), "name.bin");
fd.append("a", "2");
fd.append("lines", "x\ny\r\nz\rw");
console.log("keys", JSON.stringify([...fd.keys()]));
console.log("get", fd.get("a"), fd.get("missing"), JSON.stringify(fd.getAll("a")), fd.has("b"), fd.has("z"));
const blob = fd.get("b");
console.log("blob entry", blob instanceof File, blob.name, blob.type, fd.get("c").name);
fd.set("a", "3");
console.log("after set", JSON.stringify([...fd].map(([k, v]) => [k, typeof v === "string" ? v : v.name])));
fd.delete("c");
console.log("after delete", JSON.stringify([...fd.keys()]));
const each = [];
fd.forEach((value, key) => each.push(key));
console.log("forEach", each.join());
try { fd.append("x"); } catch (e) { console.log("one arg", e.name); }
try { fd.append("x", "y", "file.txt"); } catch (e) { console.log("filename on string", e.name); }
const response = new Response(fd);
const type = response.headers.get("content-type");
console.log("multipart type", type.startsWith("multipart/form-data; boundary="));
const text = await response.clone().text();
console.log("multipart has parts", text.includes('name="a"\r\n\r\n3\r\n'), text.includes('filename="blob"\r\nContent-Type: text/x-b\r\n\r\nblob\r\n'));
console.log("line breaks normalised", text.includes("x\r\ny\r\nz\r\nw"));
const back = await response.formData();
console.log("round trip", JSON.stringify([...back].map(([k, v]) => [k, typeof v === "string" ? v : [v.name, v.type]])));
console.log("file content", await back.get("b").text());
const encoded = new Response("a=1&b=two+words&a=%C3%A9&empty=&=x", { headers: { "content-type": "application/x-www-form-urlencoded" } });
console.log("urlencoded", JSON.stringify([...(await encoded.formData())]));
try { await new Response("plain").formData(); } catch (e) { console.log("not form", e.name); }
const quoted = new FormData();
quoted.append('we"ird\nname', new Blob(["q"]), 'fi"le\r.txt');
const quotedText = await new Response(quoted).text();
console.log("escaped", quotedText.includes('name="we%22ird%0D%0Aname"'), quotedText.includes('filename="fi%22le%0D.txt"'));
console.log("tag", Object.prototype.toString.call(fd));
