#!/usr/bin/env bash
# Hot-update benchmarks (see BENCHMARKS.md, "Watcher latency"):
#
#   scripts/bench-update.sh [watcher]
#
# watcher: dev.hmrc.benchmarks.WatcherLatency, file write -> FileWatcher callback on an event
#          loop thread, for in-place and write-then-rename saves, against a bare JDK WatchService.
# Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1 (reuse the last build),
# HMRC_WATCHER_ARGS (extra harness options, e.g. "--edits 500 --quiet 1,3,5").
# The output is also kept in benchmarks/target/bench-update.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
which="${1:-watcher}"
case "$which" in watcher) ;; *) echo "usage: $0 [watcher]" >&2; exit 2 ;; esac

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-update: building benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
if [ ! -f "$classpath_file" ]; then
  echo "bench-update: build output missing ($classpath_file); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-update.txt"
: > "$out"
{
  echo "bench-update: JDK $("$jdk/bin/java" -version 2>&1 | head -1); $(uname -sr)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(df -T "$root/benchmarks/target" | awk 'NR==2 {print $2}') file system"
} | tee -a "$out"
status=0
# shellcheck disable=SC2086
"$jdk/bin/java" -Xms256m -Xmx1g -cp "$cp" dev.hmrc.benchmarks.WatcherLatency \
  --folder "$root/benchmarks/target/watcher-latency" ${HMRC_WATCHER_ARGS:-} \
  | tee -a "$out" || status=$?
exit "$status"
