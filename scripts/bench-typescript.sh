#!/usr/bin/env bash
# TypeScript benchmark (see BENCHMARKS.md, "TypeScript"): hmrc's type stripping against Node +
# amaro (strip-only) on the same .ts files of the TypeScript corpus, warm, one thread; the strip +
# transform of a 10 kB .ts module; and hot updates of that module through ModuleRuntime (the
# [hot] line's time), Graal JIT on.
#
#   scripts/bench-typescript.sh [TypeScriptStrip options, e.g. --rounds 15 --updates 60 --no-node]
#
# Builds the cli (for the JIT jars) and benchmarks/, installs the corpora, then runs
# dev.hmrc.benchmarks.TypeScriptStrip in a JVM with bin/hmrc's JIT flags. Environment:
# HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1. The output is kept in benchmarks/target/bench-typescript.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
major="$(hmrc_java_major "$jdk")"

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-typescript: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
jvmci_path="$(find "$root/cli/target/jvmci" -maxdepth 1 -name '*.jar' 2>/dev/null | LC_ALL=C sort | paste -sd: -)"
if [ ! -f "$classpath_file" ] || [ -z "$jvmci_path" ]; then
  echo "bench-typescript: build output missing ($classpath_file, cli/target/jvmci); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
"$root/scripts/fetch-corpora.sh"
java_flags=(-Xms1g -Xmx1g -Dhmrc.hot.trace=true -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$jvmci_path"
            --enable-native-access=ALL-UNNAMED -Dpolyglot.engine.WarnInterpreterOnly=false)
if [ "$major" -ge 23 ]; then java_flags+=(--sun-misc-unsafe-memory-access=allow); fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-typescript.txt"
{
  echo "bench-typescript: $("$root/bin/hmrc" --version | tr '\n' ' '); JDK $("$jdk/bin/java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
"$jdk/bin/java" "${java_flags[@]}" -cp "$cp" dev.hmrc.benchmarks.TypeScriptStrip --corpora "$root/.corpora/node_modules" "$@" | tee -a "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
