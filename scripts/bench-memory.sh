#!/usr/bin/env bash
# Memory across hot updates (see BENCHMARKS.md, "Memory across updates"): used heap after GC
# before and after 1,000 hot updates saved through the real watcher, Graal JIT on.
#
#   scripts/bench-memory.sh [UpdateMemory options, e.g. --updates 1000 --warmup 100]
#
# Builds the cli (through bin/hmrc) and benchmarks/, then runs dev.hmrc.benchmarks.UpdateMemory
# in a JVM with bin/hmrc's JIT flags. Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1.
# The output is also kept in benchmarks/target/bench-memory.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
major="$(hmrc_java_major "$jdk")"

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-memory: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
jvmci_path="$(find "$root/cli/target/jvmci" -maxdepth 1 -name '*.jar' 2>/dev/null | LC_ALL=C sort | paste -sd: -)"
if [ ! -f "$classpath_file" ] || [ -z "$jvmci_path" ]; then
  echo "bench-memory: build output missing ($classpath_file, cli/target/jvmci); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
java_flags=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$jvmci_path"
            --enable-native-access=ALL-UNNAMED -Dpolyglot.engine.WarnInterpreterOnly=false)
if [ "$major" -ge 23 ]; then java_flags+=(--sun-misc-unsafe-memory-access=allow); fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-memory.txt"
folder="$root/benchmarks/target/update-memory"
rm -rf "$folder"
{
  echo "bench-memory: $("$root/bin/hmrc" --version | tr '\n' ' '); JDK $("$jdk/bin/java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
"$jdk/bin/java" "${java_flags[@]}" -cp "$cp" dev.hmrc.benchmarks.UpdateMemory --folder "$folder" "$@" | tee -a "$out"
