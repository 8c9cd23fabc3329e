#!/usr/bin/env bash
# A pool of runtimes against one runtime and against separate runtimes (see BENCHMARKS.md,
# "A pool of runtimes"): update latency p50 (save to applied in every runtime) and the heap
# with the program loaded, Graal JIT on.
#
#   scripts/bench-pool.sh [PoolUpdates options, e.g. --runtimes 8 --updates 40 --modules 30]
#
# Builds the cli (through bin/hmrc) and benchmarks/, then runs dev.hmrc.benchmarks.PoolUpdates
# in a JVM with bin/hmrc's JIT flags. Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1.
# The output is also kept in benchmarks/target/bench-pool.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
major="$(hmrc_java_major "$jdk")"

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-pool: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
jvmci_path="$(find "$root/cli/target/jvmci" -maxdepth 1 -name '*.jar' 2>/dev/null | LC_ALL=C sort | paste -sd: -)"
if [ ! -f "$classpath_file" ] || [ -z "$jvmci_path" ]; then
  echo "bench-pool: build output missing ($classpath_file, cli/target/jvmci); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
java_flags=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$jvmci_path"
            --enable-native-access=ALL-UNNAMED -Dpolyglot.engine.WarnInterpreterOnly=false)
if [ "$major" -ge 23 ]; then java_flags+=(--sun-misc-unsafe-memory-access=allow); fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-pool.txt"
folder="$root/benchmarks/target/pool-updates"
rm -rf "$folder"
{
  echo "bench-pool: $("$root/bin/hmrc" --version | tr '\n' ' '); JDK $("$jdk/bin/java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
"$jdk/bin/java" "${java_flags[@]}" -cp "$cp" dev.hmrc.benchmarks.PoolUpdates --folder "$folder" "$@" | tee -a "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
