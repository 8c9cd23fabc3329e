// a member that is written (=, op=, ??=, ++/--, destructuring, for-in/of target) stays on the namespace object, whose [[Set]] throws TypeError
import * as ns from "./lib.js";
try { ns.value = 1; } catch {}
try { ns.value += ns.value; } catch {}
try { ns.value ??= 2; } catch {}
try { ns.value++; --ns["value"]; } catch {}
try { [ns.value] = [3]; ({ a: ns.value } = { a: 4 }); ({ b: ns.value = ns.other } = {}); } catch {}
try { for (ns.value of [5]) {} } catch {}
try { for (ns["value"] in { k: 6 }) {} } catch {}
