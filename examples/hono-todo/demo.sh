#!/usr/bin/env bash
# Runs the hono-todo service on a temporary copy, adds todos, edits a route of the Hono app while
# it serves, and shows that the todos and the socket survive:
#   examples/hono-todo/demo.sh [PORT]        (default 8787; needs curl and npm)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${1:-8787}"
command -v curl >/dev/null || { echo "demo.sh: needs curl (apt-get install curl)" >&2; exit 2; }
bash "$root/scripts/fetch-corpora.sh" # installs the pinned hono into .corpora/
work="$(mktemp -d)"
cp "$here"/*.mjs "$here/package.json" "$work/"
ln -s "$root/.corpora/node_modules" "$work/node_modules"
"$root/bin/hmrc" run --import hmr/register "$work/server.mjs" "$port" > >(tee "$work/out.txt") 2> >(tee "$work/err.txt" >&2) &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  grep -q "listening on" "$work/out.txt" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "demo.sh: the server did not start" >&2; exit 1; }
  sleep 0.1
done
ask() { echo "\$ curl $*"; curl -sS -i "$@" | grep -iv '^date:' | tr -d '\r'; echo; }
base="http://127.0.0.1:$port"
ask -X POST -H 'content-type: application/json' -d '{"title":"try hmrc"}' "$base/todos"
ask -X POST -H 'content-type: application/json' -d '{"title":"edit a route"}' "$base/todos"
ask -X POST -H 'content-type: application/json' -d '{}' "$base/todos"
ask "$base/todos/9" -X DELETE
echo "# editing app.mjs: version 2, and GET /todos also says how many are open"
sed -i -e 's/export const version = 1;/export const version = 2;/' \
       -e 's|app.get("/todos", (c) => c.json(list()));|app.get("/todos", (c) => c.json({ open: list().filter((t) => !t.done).length, todos: list() }));|' "$work/app.mjs"
for _ in $(seq 1 600); do
  grep -q '^\[hot\]' "$work/err.txt" 2>/dev/null && break
  sleep 0.05
done
ask -X PATCH -H 'content-type: application/json' -d '{"done":true}' "$base/todos/1"
ask "$base/todos"
