#!/usr/bin/env bash
# What an attached debugger costs (BENCHMARKS.md, "Debugger attached"): dev.hmrc.benchmarks.InspectorCost
# runs a CPU-bound workload and then leaf edits through bin/hmrc run --import hmr/register, once
# without the inspector and once with --inspect-wait and a DevTools-protocol client attached
# (no breakpoints), and prints steady-state and update-latency ratios from the one run.
#
#   scripts/bench-inspect.sh [--rounds N] [--edits N]
#
# Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1 (reuse the last build).
# The output is also kept in benchmarks/target/bench-inspect.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-inspect: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
[ -f "$classpath_file" ] || { echo "bench-inspect: $classpath_file missing; run without HMRC_SKIP_BUILD=1" >&2; exit 1; }
out="$root/benchmarks/target/bench-inspect.txt"
{
  echo "bench-inspect: $("$root/bin/hmrc" --version | tr '\n' ' ')"
  "$jdk/bin/java" -cp "$root/benchmarks/target/classes:$(cat "$classpath_file")" dev.hmrc.benchmarks.InspectorCost \
    --hmrc "$root/bin/hmrc" "$@"
} | tee "$out"
