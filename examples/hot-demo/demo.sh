#!/usr/bin/env bash
# Runs the hot demo on a temporary copy and edits render.mjs twice while it runs, so the
# update can be seen without a second terminal:
#   examples/hot-demo/demo.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/*.mjs "$work/"
"$root/bin/hmrc" run --import hmr/register "$work/main.mjs" 9 > >(tee "$work/out.txt") &
program=$!
# Waits until the program has printed tick N.
wait_for_tick() {
  for _ in $(seq 1 6000); do
    grep -q "^tick $1\b" "$work/out.txt" 2>/dev/null && return 0
    kill -0 "$program" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
wait_for_tick 2
sed -i 's/`tick ${count}`/`tick ${count} (edited while running)`/' "$work/render.mjs"
wait_for_tick 5
sed -i 's/(edited while running)/(edited again; the count kept going)/' "$work/render.mjs"
wait "$program"
