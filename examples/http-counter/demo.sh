#!/usr/bin/env bash
# Runs the http-counter service on a temporary copy, sends it requests, edits a route and the
# server module while it runs, and shows that the counts and the socket survive:
#   examples/http-counter/demo.sh [PORT]        (default 8080; needs curl)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${1:-8080}"
command -v curl >/dev/null || { echo "demo.sh: needs curl (apt-get install curl)" >&2; exit 2; }
work="$(mktemp -d)"
cp "$here"/*.mjs "$work/"
"$root/bin/hmrc" run --import hmr/register "$work/server.mjs" "$port" > >(tee "$work/out.txt") 2> >(tee "$work/err.txt" >&2) &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  grep -q "listening on" "$work/out.txt" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "demo.sh: the server did not start" >&2; exit 1; }
  sleep 0.1
done
ask() { echo "\$ curl $1"; curl -sS "http://127.0.0.1:$port$1"; echo; }
# Waits for the n-th [hot] line on stderr.
wait_update() {
  for _ in $(seq 1 600); do
    [ "$(grep -c '^\[hot\]' "$work/err.txt" 2>/dev/null || true)" -ge "$1" ] && return 0
    sleep 0.05
  done
  echo "demo.sh: no [hot] line after an edit" >&2; return 1
}
ask /hit?name=ada
ask /hit?name=ada
echo "# editing routes.mjs: version 2, and /hit answers in words"
sed -i -e 's/export const version = 1;/export const version = 2;/' \
       -e 's|return Response.json({ name, hits: bump(name), version });|return `${name} has ${bump(name)} hits (v${version})\\n`;|' "$work/routes.mjs"
wait_update 1
ask /hit?name=ada
ask /counts
echo "# editing server.mjs (it hands its open socket to the new version)"
sed -i 's|^if (!handedOver) {|console.log("server.mjs runs again; same socket:", handedOver !== undefined);\nif (!handedOver) {|' "$work/server.mjs"
wait_update 2
ask /hit?name=ada
echo "# a syntax error in routes.mjs: the previous version keeps answering"
echo "export const broken = ;" >> "$work/routes.mjs"
wait_update 3
ask /hit?name=ada
