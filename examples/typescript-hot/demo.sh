#!/usr/bin/env bash
# Runs the TypeScript demo on a temporary copy and edits render.ts twice while it runs (once
# its code, once only its types), so the updates can be seen without a second terminal:
#   examples/typescript-hot/demo.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/types" "$work/examples/typescript-hot"
cp "$root/types/hmr.d.ts" "$work/types/"
app="$work/examples/typescript-hot"
cp "$here"/*.ts "$app/"
"$root/bin/hmrc" run --import hmr/register "$app/main.ts" 7 > >(tee "$work/out.txt") &
program=$!
# Waits until the program has printed N lines.
wait_for_lines() {
  for _ in $(seq 1 6000); do
    [ "$(wc -l < "$work/out.txt" 2>/dev/null || echo 0)" -ge "$1" ] && return 0
    kill -0 "$program" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
wait_for_lines 2
sed -i 's/`stock ${parts.join(", ")}`/`stock (edited while running): ${parts.join(", ")}`/; s/`stock ${parts.join(\x27, \x27)}`/`stock (edited while running): ${parts.join(\x27, \x27)}`/' "$app/render.ts"
wait_for_lines 4
sed -i 's/  at: number;/  at: number; \/\/ a type-only edit: the output stays the same\n  source?: string;/' "$app/render.ts"
wait "$program"
