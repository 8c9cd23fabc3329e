#!/usr/bin/env bash
# Installs the npm packages the tests and benchmarks use, pinned, into .corpora/
# (ignored by git): the real ES-module corpora (three, lodash-es, date-fns, rxjs),
# Mozilla's source-map (reference decoder), dynohot (reference transform); the
# TypeScript corpus (packages that ship their .ts sources: rxjs, effect, zod, ...) and
# amaro, Node's type stripper (the reference for hmrc's); hono (the fetch-style server's
# framework test) and the popular packages RealPackagesTest smoke-tests (validation, dates,
# markdown, YAML, templating, ids, routers, state);
# and the npm packages of NodeCompatibilityTest (CommonJS and the built-ins), among them
# Node's own cjs-module-lexer (the reference for named-export detection).
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
    "amaro": "1.2.1",
    "effect": "4.1.5",
    "zod": "4.6.7",
    "@tanstack/query-core": "5.108.4",
    "@tanstack/router-core": "1.171.39",
    "@tanstack/db": "0.15.2",
    "@tanstack/form-core": "1.33.5",
    "immer": "11.2.14",
    "mobx": "7.1.3",
    "@trpc/server": "11.25.2",
    "@reduxjs/toolkit": "2.16.0",
    "@tiptap/core": "3.35.0",
    "hono": "4.13.19",
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
    "dequal": "2.0.3",
    "lodash": "4.18.1",
    "dayjs": "1.11.23",
    "ajv": "8.20.0",
    "semver": "7.8.6",
    "qs": "6.17.1",
    "ms": "2.1.3",
    "handlebars": "4.7.10",
    "fast-deep-equal": "3.1.3",
    "chalk": "5.6.2",
    "classnames": "2.5.1",
    "deepmerge": "4.3.1",
    "minimist": "1.2.8",
    "yargs-parser": "22.0.0",
    "camelcase": "9.0.0",
    "escape-html": "1.0.3",
    "cookie": "1.1.1",
    "picocolors": "1.1.1",
    "kleur": "4.1.5",
    "fast-json-stable-stringify": "2.1.0",
    "json5": "2.2.3",
    "ini": "6.0.0",
    "he": "1.2.0",
    "pluralize": "8.0.0",
    "bytes": "3.1.2",
    "path-to-regexp": "9.0.0",
    "cjs-module-lexer": "1.4.3",
    "tslib": "2.9.1"
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
