#!/usr/bin/env bash
# Installs the npm packages the tests and benchmarks use, pinned, into .corpora/
# (ignored by git): the real ES-module corpora (three, lodash-es, date-fns, rxjs),
# Mozilla's source-map (reference decoder), dynohot (reference transform), hono
# (the fetch-style server's framework test) and the popular packages RealPackagesTest
# smoke-tests (validation, dates, markdown, YAML, templating, ids, routers, state).
# Safe to run again: does nothing when the installed set already matches.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.corpora"
mkdir -p "$dir"
cat > "$dir/package.json.new" <<'JSON'
{
  "name": "hmrc-corpora",
  "private": true,
  "description": "Test and benchmark inputs for hmrc; installed by scripts/fetch-corpora.sh",
  "dependencies": {
    "three": "0.187.0",
    "lodash-es": "4.18.1",
    "date-fns": "4.4.0",
    "rxjs": "7.8.2",
    "source-map": "0.6.1",
    "dynohot": "1.2.1",
    "hono": "4.13.19",
    "zod": "4.6.7",
    "valibot": "1.5.0",
    "superstruct": "2.0.2",
    "luxon": "3.7.2",
    "marked": "18.2.1",
    "markdown-it": "15.0.3",
    "yaml": "2.9.1",
    "js-yaml": "5.5.0",
    "mustache": "4.2.0",
    "liquidjs": "10.30.1",
    "nanoid": "6.0.2",
    "uuid": "14.0.3",
    "ulid": "3.0.2",
    "itty-router": "6.0.0",
    "regexparam": "3.0.0",
    "rou3": "1.0.0",
    "immer": "11.2.10",
    "zustand": "5.1.0",
    "redux": "5.0.1",
    "nanostores": "1.5.5",
    "xstate": "5.33.3",
    "ramda": "0.32.0",
    "query-string": "10.0.0",
    "change-case": "5.4.4",
    "superjson": "2.2.6",
    "mitt": "3.0.1",
    "clsx": "2.1.1",
    "dequal": "2.0.3"
  }
}
JSON
if [ -f "$dir/package.json" ] && cmp -s "$dir/package.json" "$dir/package.json.new" && [ -f "$dir/node_modules/.hmrc-complete" ]; then
  rm "$dir/package.json.new"
  exit 0
fi
mv "$dir/package.json.new" "$dir/package.json"
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-corpora: npm is not installed; install Node.js 18 or newer (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
echo "fetch-corpora: installing test corpora into .corpora/ ..." >&2
(cd "$dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >&2)
touch "$dir/node_modules/.hmrc-complete"
