#!/usr/bin/env bash
# The web-platform globals against Node (BENCHMARKS.md, "Web-platform globals"): TextEncoder and
# TextDecoder of 1 MB, new URL(), structuredClone of a 10,000-entry object, under node and
# bin/hmrc run (both modes), Graal JIT on.
#
#   scripts/bench-web.sh [harness options, e.g. --pairs 3 --rounds 80]
#
# Builds the cli (through bin/hmrc) and benchmarks/, then runs dev.hmrc.benchmarks.WebPlatformGlobals.
# Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1. The output is also kept in
# benchmarks/target/bench-web.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-web: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
if [ ! -f "$classpath_file" ]; then
  echo "bench-web: build output missing ($classpath_file); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
if ! "$root/bin/hmrc" --version | grep -q '(JIT)$'; then
  echo "bench-web: bin/hmrc does not run with the Graal JIT here ($("$root/bin/hmrc" --version)); figures would be meaningless" >&2
  exit 1
fi
command -v node >/dev/null || { echo "bench-web: node is needed" >&2; exit 1; }
out="$root/benchmarks/target/bench-web.txt"
{
  echo "bench-web: $("$root/bin/hmrc" --version | tr '\n' ' '); node $(node --version)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
} | tee "$out"
"$jdk/bin/java" -cp "$root/benchmarks/target/classes:$(cat "$classpath_file")" dev.hmrc.benchmarks.WebPlatformGlobals \
  --hmrc "$root/bin/hmrc" --workload "$root/benchmarks/workloads/web-platform" "$@" | tee -a "$out"
