#!/usr/bin/env bash
# Hot-update benchmarks (see BENCHMARKS.md, "Update latency" and "Watcher latency"):
#
#   scripts/bench-update.sh [update|watcher|all]      (default all)
#
# update:  dev.hmrc.benchmarks.UpdateLatency, file write -> "[hot] Loaded ..." line on stderr for
#          leaf edits in generated 1,000- and 5,000-module graphs, through bin/hmrc run
#          --import hmr/register and through node --import dynohot/register, in one run.
# watcher: dev.hmrc.benchmarks.WatcherLatency, file write -> FileWatcher callback on an event
#          loop thread, for in-place and write-then-rename saves, against a bare JDK WatchService.
# Builds the cli and benchmarks/, installs dynohot with scripts/fetch-corpora.sh.
# Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1 (reuse the last build),
# HMRC_UPDATE_ARGS (extra UpdateLatency options, e.g. "--sizes 1000 --edits 200 --tools dynohot"),
# HMRC_WATCHER_ARGS (extra WatcherLatency options, e.g. "--edits 500 --quiet 1,2,5").
# The output is also kept in benchmarks/target/bench-update.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
which="${1:-all}"
case "$which" in update|watcher|all) ;; *) echo "usage: $0 [update|watcher|all]" >&2; exit 2 ;; esac

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-update: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
if [ "$which" != watcher ]; then
  "$root/scripts/fetch-corpora.sh"
  if ! command -v node >/dev/null 2>&1; then
    echo "bench-update: node is not installed; the dynohot comparison needs Node.js 20 or newer" >&2
    exit 1
  fi
  # The launcher must run with the JIT: interpreted figures would be meaningless.
  if ! "$root/bin/hmrc" --version | grep -q '(JIT)$'; then
    echo "bench-update: bin/hmrc does not run with the Graal JIT here ($("$root/bin/hmrc" --version))" >&2
    exit 1
  fi
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
  if [ "$which" != watcher ]; then
    echo "tools: $("$root/bin/hmrc" --version | tr '\n' ' '); node $(node --version), dynohot $(sed -n 's/^\s*"version": "\(.*\)",/\1/p' "$root/.corpora/node_modules/dynohot/package.json")"
  fi
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(df -T "$root/benchmarks/target" | awk 'NR==2 {print $2}') file system"
} | tee -a "$out"
status=0
if [ "$which" != watcher ]; then
  # shellcheck disable=SC2086
  "$jdk/bin/java" -Xms256m -Xmx1g -cp "$cp" dev.hmrc.benchmarks.UpdateLatency \
    --hmrc "$root/bin/hmrc" --node node --dynohot "$root/.corpora/node_modules/dynohot" \
    --folder "$root/benchmarks/target/update-latency" ${HMRC_UPDATE_ARGS:-} \
    | tee -a "$out" || status=$?
fi
if [ "$which" != update ]; then
  # shellcheck disable=SC2086
  "$jdk/bin/java" -Xms256m -Xmx1g -cp "$cp" dev.hmrc.benchmarks.WatcherLatency \
    --folder "$root/benchmarks/target/watcher-latency" ${HMRC_WATCHER_ARGS:-} \
    | tee -a "$out" || status=$?
fi
exit "$status"
