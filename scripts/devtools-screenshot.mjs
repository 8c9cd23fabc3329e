// Drives a headless Chromium over its own DevTools protocol port (Node's WebSocket, no npm
// package): opens Chromium's bundled DevTools front end on an hmrc inspector's ws:// URL, resumes
// the --inspect-brk pause, waits for a hot update, sets a breakpoint in the edited module through
// the front end's own debugger model, waits until it pauses there and saves a PNG of DevTools.
//
//   node --experimental-websocket scripts/devtools-screenshot.mjs CHROME_PORT HMRC_WS_URL MODULE_URL LINE OUT.png HOT_FLAG_FILE
import { writeFileSync, existsSync } from 'node:fs';

const [chromePort, hmrcWs, moduleUrl, line, outPng, hotFlag] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function connect(url) {
  const ws = new WebSocket(url);
  await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
  };
  return {
    call(method, params = {}, sessionId) {
      const n = ++id;
      ws.send(JSON.stringify({ id: n, method, params, sessionId }));
      return new Promise((ok, fail) => pending.set(n, (msg) => msg.error ? fail(new Error(method + ': ' + JSON.stringify(msg.error))) : ok(msg.result)));
    },
    close() { ws.close(); },
  };
}

const version = await (await fetch(`http://127.0.0.1:${chromePort}/json/version`)).json();
const browser = await connect(version.webSocketDebuggerUrl);
// The front end chrome://inspect opens for Node targets (js_app.html), served by Chromium itself.
const frontEnd = `http://127.0.0.1:${chromePort}/devtools/js_app.html?v8only=true&ws=${hmrcWs.replace(/^ws:\/\//, '')}&panel=sources`;
const { targetId } = await browser.call('Target.createTarget', { url: frontEnd });
const { sessionId } = await browser.call('Target.attachToTarget', { targetId, flatten: true });
const page = (method, params) => browser.call(method, params, sessionId);
await page('Emulation.setDeviceMetricsOverride', { width: 1400, height: 860, deviceScaleFactor: 1, mobile: false });
await page('Runtime.enable');

// The front end's own debugger model (its ES modules, imported again from the page: the same instances).
async function inFrontEnd(body) {
  const { result, exceptionDetails } = await page('Runtime.evaluate', {
    expression: `(async () => {
      const SDK = await import('./core/sdk/sdk.js');
      const target = SDK.TargetManager.TargetManager.instance().primaryPageTarget()
          ?? SDK.TargetManager.TargetManager.instance().targets()[0];
      const debuggerModel = target?.model(SDK.DebuggerModel.DebuggerModel);
      ${body}
    })()`, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
  return result.value;
}

async function until(what, test, ms = 60000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(500)) {
    try { const v = await test(); if (v) return v; } catch (e) { /* not yet */ }
  }
  throw new Error('timed out waiting for ' + what);
}

await until('the front end paused at --inspect-brk', () => inFrontEnd('return !!debuggerModel?.isPaused();'));
console.error('devtools-screenshot: DevTools attached, paused at the first statement; resuming');
await inFrontEnd('debuggerModel.resume(); return true;');
console.error('devtools-screenshot: waiting for the hot update');
await until('the hot update', () => existsSync(hotFlag), 90000);
// As a click in the gutter does it: through the front end's breakpoint manager, so the
// breakpoint shows in the gutter and the Breakpoints list; the debugger model's own call if that
// module of the front end moved in this Chromium.
const how = await inFrontEnd(`
  try {
    const Workspace = await import('./models/workspace/workspace.js');
    const Breakpoints = await import('./models/breakpoints/breakpoints.js');
    const code = Workspace.Workspace.WorkspaceImpl.instance().uiSourceCodeForURL(${JSON.stringify(moduleUrl)});
    if (!code) throw new Error('no uiSourceCode');
    await Breakpoints.BreakpointManager.BreakpointManager.instance().setBreakpoint(code, ${Number(line)}, undefined, '', true, false);
    return 'breakpoint manager';
  } catch (e) {
    await debuggerModel.setBreakpointByURL(${JSON.stringify(moduleUrl)}, ${Number(line)});
    return 'debugger model (' + e + ')';
  }`);
console.error('devtools-screenshot: breakpoint set through the ' + how);
const where = await until('the breakpoint', () => inFrontEnd(`
  const details = debuggerModel.debuggerPausedDetails();
  const frame = details?.callFrames[0];
  return frame ? frame.script.sourceURL + ':' + frame.location().lineNumber : null;`));
console.error('devtools-screenshot: paused at ' + where);
await sleep(4000); // let the Sources panel open the file and render the paused line and scope
const { data } = await page('Page.captureScreenshot', { format: 'png' });
writeFileSync(outPng, Buffer.from(data, 'base64'));
console.log(where);
await inFrontEnd('debuggerModel.resume(); return true;').catch(() => {});
browser.close();
