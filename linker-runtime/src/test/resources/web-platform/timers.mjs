// Timers with their argument forms, queueMicrotask order, performance marks and measures, the globals.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));

const order = [];
const late = []; // timers whose order depends on how loaded the machine is
let waiting = 3;
const settled = () => { if (--waiting === 0) report(); };
setTimeout((a, b) => order.push(`timeout ${a} ${b}`), 0, "x", 2);
setTimeout(() => { late.push("NaN delay"); settled(); }, NaN);
setTimeout(() => { late.push("string delay"); settled(); }, "60");
const id = setTimeout(() => order.push("cleared"), 1);
clearTimeout(id);
queueMicrotask(() => order.push("microtask"));
Promise.resolve().then(() => order.push("promise"));
let ticks = 0;
const interval = setInterval((step) => {
  ticks += step;
  if (ticks >= 3) {
    clearInterval(interval);
    late.push(`interval done ${ticks}`);
    settled();
  }
}, 2, 1);
try { setTimeout("code", 1); } catch (error) { log("string callback", error.name); }
try { queueMicrotask(1); } catch (error) { log("queueMicrotask", error.name); }
order.push("sync");

function report() {
  log(order, late.sort());
  const start = performance.now();
  log(typeof start, start >= 0, performance.timeOrigin > 1.6e12, Math.abs(performance.timeOrigin + start - Date.now()) < 1000);
  const mark = performance.mark("begin", { detail: { step: 1 } });
  log(mark.name, mark.entryType, mark.duration, mark.detail, mark instanceof PerformanceEntry, mark instanceof PerformanceMark);
  performance.mark("end");
  const measure = performance.measure("span", "begin", "end");
  log(measure.name, measure.entryType, measure.duration >= 0, measure instanceof PerformanceMeasure);
  const fromOptions = performance.measure("opts", { start: "begin", duration: 5, detail: "d" });
  // (start + 5) - start: its last bits depend on the mark's time, in Node as here
  log(Math.abs(fromOptions.duration - 5) < 1e-9, fromOptions.detail, fromOptions.startTime === mark.startTime);
  log(performance.getEntriesByType("mark").map((e) => e.name), performance.getEntriesByName("span").length);
  performance.clearMarks("begin");
  log(performance.getEntriesByType("mark").map((e) => e.name));
  performance.clearMarks();
  performance.clearMeasures();
  log(performance.getEntriesByType("mark").length, performance.getEntriesByType("measure").length);
  try { performance.measure("x", "no-such-mark"); } catch (error) { log(error.name); }
  log(typeof performance.toJSON().timeOrigin, JSON.stringify(mark.toJSON()) === JSON.stringify({ name: "begin", entryType: "mark", startTime: mark.startTime, duration: 0, detail: { step: 1 } }));

  const globals = ["URL", "URLSearchParams", "TextEncoder", "TextDecoder", "atob", "btoa", "structuredClone",
    "DOMException", "Event", "EventTarget", "CustomEvent", "AbortController", "AbortSignal", "performance",
    "crypto", "queueMicrotask", "setTimeout", "setInterval", "clearTimeout", "clearInterval"];
  log(globals.map((name) => `${name}:${typeof globalThis[name]}`));
  log("Event" in globalThis, typeof globalThis.PerformanceEntry);
}
