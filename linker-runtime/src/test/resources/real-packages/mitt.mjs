import mitt from "mitt";
const emitter = mitt();
const seen = [];
const onFoo = (e) => seen.push("foo:" + e);
emitter.on("foo", onFoo);
emitter.on("*", (type, e) => seen.push("*" + type + ":" + e));
emitter.emit("foo", 1); emitter.off("foo", onFoo); emitter.emit("foo", 2); emitter.emit("bar", 3);
console.log(seen.join(" "), emitter.all.size);
