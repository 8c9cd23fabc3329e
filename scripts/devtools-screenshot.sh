#!/usr/bin/env bash
# The README's screenshot of Chrome DevTools paused in a hot-updated module, taken as a user
# would see it: a temp copy of examples/hot-demo runs under
#   bin/hmrc run --inspect-brk --import hmr/register main.mjs
# a headless Chromium opens its bundled DevTools front end on the program's ws:// URL
# (scripts/devtools-screenshot.mjs drives Chromium over its own --remote-debugging-port with
# Node's WebSocket), resumes the first-statement pause, the script saves a new render.mjs (a hot
# update), DevTools sets a breakpoint in render.mjs, the next tick pauses there, and the page is
# saved as a PNG.
#
#   scripts/devtools-screenshot.sh [OUT.png]     (default docs/images/devtools-paused.png)
#
# Needs Chromium (Debian: apt-get install chromium; CHROMIUM=/path to use another) and Node 20+.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/docs/images/devtools-paused.png}")"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
[ -n "$chromium" ] || { echo "devtools-screenshot: no chromium on PATH (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d)"
pids=()
cleanup() {
  status=$?
  if [ "$status" != 0 ] && [ -f "$work/driver.err" ]; then echo "--- DevTools driver:" >&2; cat "$work/driver.err" >&2; fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true; rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # file pattern seconds
  for _ in $(seq $((${3} * 4))); do grep -q -- "$2" "$1" 2>/dev/null && return 0; sleep 0.25; done
  echo "devtools-screenshot: timed out waiting for '$2' in $1:" >&2; cat "$1" >&2; return 1
}

cp -r "$root/examples/hot-demo" "$work/hot-demo"
demo="$(cd "$work/hot-demo" && pwd -P)"
inspect_port="$(free_port)"
(cd "$demo" && exec "$root/bin/hmrc" run "--inspect-brk=127.0.0.1:$inspect_port" --import hmr/register main.mjs 300 \
  >"$work/hmrc.out" 2>"$work/hmrc.err" </dev/null) &
pids+=($!)
wait_for "$work/hmrc.err" "Debugger listening on ws://" 120
ws_url="$(grep -o 'ws://[^ ]*' "$work/hmrc.err" | head -1)"
echo "devtools-screenshot: hmrc is waiting for a debugger at $ws_url" >&2

chrome_port="$(free_port)"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium-profile" --remote-debugging-port="$chrome_port" \
  --remote-allow-origins='*' --window-size=1400,860 about:blank >"$work/chromium.log" 2>&1 &
pids+=($!)
wait_for "$work/chromium.log" "DevTools listening on" 60

# render.mjs, line 5 (0-based 4) of the new version: the return, with `label` in scope.
node --experimental-websocket --no-warnings "$root/scripts/devtools-screenshot.mjs" "$chrome_port" "$ws_url" \
  "$(node -e 'console.log(require("url").pathToFileURL(process.argv[1]).href)' "$demo/render.mjs")" 4 "$out" \
  "$work/hot-applied" >"$work/driver.out" 2>"$work/driver.err" &
driver=$!
pids+=($driver)
wait_for "$work/hmrc.out" "tick 2" 90
cat >"$demo/render.mjs" <<'JS'
// Accepts its own updates: an edit re-runs only this module, and main.mjs calls the new
// render() through its live import binding.
export function render(count) {
  const label = count % 2 ? 'odd' : 'even';
  return `tick ${count} (${label})`;
}

import.meta.hot?.accept();
JS
wait_for "$work/hmrc.err" "\[hot\]" 60
touch "$work/hot-applied"
if ! wait "$driver"; then
  echo "devtools-screenshot: the DevTools driver failed:" >&2; cat "$work/driver.err" >&2
  echo "--- hmrc stderr:" >&2; cat "$work/hmrc.err" >&2; exit 1
fi
cat "$work/driver.err" >&2
echo "devtools-screenshot: DevTools paused at $(cat "$work/driver.out"); saved $out" >&2
