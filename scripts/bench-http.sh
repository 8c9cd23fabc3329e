#!/usr/bin/env bash
# HTTP server under hot updates (see BENCHMARKS.md, "HTTP server under hot updates"):
#
#   scripts/bench-http.sh [HttpUnderUpdates options...]
#
# dev.hmrc.benchmarks.HttpUnderUpdates: keep-alive load (GET /hit?name=load, 8 connections by
# default; --mix chooses another request mix) against examples/http-counter (--example) run by bin/hmrc run --import hmr/register, first
# without updates (baseline), then while 200 hot updates of routes.mjs (--route-module) are applied, every
# 10th failing on purpose (syntax error, throwing body, link error) and the next one fixing
# it. Loopback only; bounded (about 10 s warm-up + 20 s baseline + 200 x 200 ms of updates).
# Exits non-zero when a correctness target is missed (a failed request, a connection error,
# an answer from a version not valid at the time, a lost hit, an update not as planned).
# Builds the cli and benchmarks/ first.
# Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1 (reuse the last build).
# Arguments are passed to the harness, e.g. --connections 4 --updates 50 --seed 7.
# The Hono example (a Hono app from npm; scripts/fetch-corpora.sh installs it into .corpora/):
#   scripts/bench-http.sh --example examples/hono-todo --mix hono-todo --route-module app.mjs
# The output is also kept in benchmarks/target/bench-http.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-http: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
# The launcher must run with the JIT: interpreted latencies would be meaningless.
if ! "$root/bin/hmrc" --version | grep -q '(JIT)$'; then
  echo "bench-http: bin/hmrc does not run with the Graal JIT here ($("$root/bin/hmrc" --version))" >&2
  exit 1
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
if [ ! -f "$classpath_file" ]; then
  echo "bench-http: build output missing ($classpath_file); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-http.txt"
: > "$out"
{
  echo "bench-http: JDK $("$jdk/bin/java" -version 2>&1 | head -1); $(uname -sr)"
  echo "tools: $("$root/bin/hmrc" --version | tr '\n' ' ')"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); uptime before:$(uptime | sed 's/.*load average/ load average/')"
} | tee -a "$out"
status=0
"$jdk/bin/java" -Xms256m -Xmx1g -cp "$cp" dev.hmrc.benchmarks.HttpUnderUpdates \
  --hmrc "$root/bin/hmrc" --example "$root/examples/http-counter" \
  --folder "$root/benchmarks/target/http-under-updates" "$@" \
  | tee -a "$out" || status=$?
echo "uptime after:$(uptime | sed 's/.*load average/ load average/')" | tee -a "$out"
exit "$status"
