// Event, EventTarget, CustomEvent, AbortController, AbortSignal, DOMException: printed the same by Node and hmrc.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));

const e = new Event("ping", { cancelable: true, bubbles: true });
log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted, e.target, typeof e.timeStamp);
log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
log(Object.prototype.toString.call(e), Object.prototype.toString.call(new EventTarget()), e instanceof Event);

const target = new EventTarget();
const order = [];
function first(event) { order.push("first:" + (this === target) + ":" + (event.currentTarget === target)); }
const second = { handleEvent(event) { order.push("second:" + (this === second) + ":" + event.type); } };
target.addEventListener("ping", first);
target.addEventListener("ping", first); // a duplicate is ignored
target.addEventListener("ping", second);
target.addEventListener("ping", () => order.push("once"), { once: true });
target.addEventListener("ping", (event) => { event.preventDefault(); order.push("prevent"); });
log(target.dispatchEvent(e), e.defaultPrevented, e.eventPhase, e.currentTarget, e.target === target);
log(order);
order.length = 0;
log(target.dispatchEvent(new Event("ping")), order);
target.removeEventListener("ping", first);
order.length = 0;
target.dispatchEvent(new Event("ping"));
log(order);

const stopper = new EventTarget();
stopper.addEventListener("x", (event) => { order.push("a"); event.stopImmediatePropagation(); });
stopper.addEventListener("x", () => order.push("b"));
order.length = 0;
stopper.dispatchEvent(new Event("x"));
log(order);

const notCancelable = new Event("p");
notCancelable.preventDefault();
log(notCancelable.defaultPrevented, notCancelable.returnValue);

try { target.dispatchEvent("nope"); } catch (error) { log(error.name); }
try { new Event(); } catch (error) { log(error.name); }

const custom = new CustomEvent("c", { detail: { n: 1 } });
log(custom.detail, new CustomEvent("c").detail, custom instanceof Event, Object.prototype.toString.call(custom));

const d = new DOMException("boom", "NotFoundError");
log(d.name, d.message, d.code, d instanceof Error, d instanceof DOMException, String(d), DOMException.NOT_FOUND_ERR);
const plain = new DOMException();
log(plain.name, plain.message, plain.code, new DOMException("m", "Custom").code, Object.keys(d));
log(Object.prototype.toString.call(d), typeof d.stack);

const controller = new AbortController();
const signal = controller.signal;
const seen = [];
signal.addEventListener("abort", (event) => seen.push(["listener", event.type, event.isTrusted, signal.aborted]));
signal.onabort = () => seen.push(["onabort"]);
log(signal.aborted, signal.reason, typeof signal.throwIfAborted);
controller.abort();
controller.abort("again");
log(seen, signal.aborted, signal.reason.name, signal.reason.message, signal.reason instanceof DOMException);
try { signal.throwIfAborted(); } catch (error) { log("threw", error.name); }

const withReason = new AbortController();
withReason.abort({ why: 1 });
log(withReason.signal.reason);
log(AbortSignal.abort().reason.name, AbortSignal.abort("r").reason, AbortSignal.abort().aborted);
try { new AbortSignal(); } catch (error) { log(error.name); }

const parent = new AbortController();
const listening = new EventTarget();
listening.addEventListener("x", () => seen.push("removed listener ran"), { signal: parent.signal });
const anySignal = AbortSignal.any([parent.signal, new AbortController().signal]);
anySignal.addEventListener("abort", () => log("any aborted", anySignal.reason));
parent.abort("stop");
listening.dispatchEvent(new Event("x"));
log(seen.includes("removed listener ran"), AbortSignal.any([AbortSignal.abort("early")]).reason);

const timeout = AbortSignal.timeout(5);
const keepAlive = setTimeout(() => log("the timeout signal never fired"), 60_000);
timeout.addEventListener("abort", () => {
  clearTimeout(keepAlive);
  log("timeout", timeout.reason.name, timeout.reason.message, timeout.reason.code);
});
AbortSignal.timeout(60_000); // does not keep the program alive
