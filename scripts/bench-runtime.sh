#!/usr/bin/env bash
# Runtime benchmarks (see BENCHMARKS.md, "Steady-state overhead" and "Start-up"): hmrc's linker
# over transformed modules ("hot", bin/hmrc run --import hmr/register) against GraalJS's own
# loader ("native", bin/hmrc run), Graal JIT on.
#
#   scripts/bench-runtime.sh [steady|startup|all]     (default all)
#
# Builds the cli (through bin/hmrc) and benchmarks/, then runs
#   dev.hmrc.benchmarks.SteadyStateOverhead  (fresh bin/hmrc processes, alternating)
#   dev.hmrc.benchmarks.StartupGraph         (fresh bin/hmrc processes, then in-process phases)
# The harness JVM gets the same JIT flags as bin/hmrc (JVMCI + cli/target/jvmci on the upgrade
# module path). Environment: HMRC_MVN_ARGS (e.g. -o), HMRC_SKIP_BUILD=1, HMRC_STEADY_ARGS and
# HMRC_STARTUP_ARGS (extra harness options, e.g. "--pairs 3", "--reps 9").
# The output is also kept in benchmarks/target/bench-runtime.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
which="${1:-all}"
case "$which" in steady|startup|all) ;; *) echo "usage: $0 [steady|startup|all]" >&2; exit 2 ;; esac

. "$root/bin/jdk.sh"
jdk="$(hmrc_find_jdk)" || exit 2
major="$(hmrc_java_major "$jdk")"

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-runtime: building cli and benchmarks (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl cli,benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
jvmci_path="$(find "$root/cli/target/jvmci" -maxdepth 1 -name '*.jar' 2>/dev/null | LC_ALL=C sort | paste -sd: -)"
if [ ! -f "$classpath_file" ] || [ -z "$jvmci_path" ]; then
  echo "bench-runtime: build output missing ($classpath_file, cli/target/jvmci); run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi
# The launcher must run with the JIT: the harness refuses interpreted runs.
if ! "$root/bin/hmrc" --version | grep -q '(JIT)$'; then
  echo "bench-runtime: bin/hmrc does not run with the Graal JIT here ($("$root/bin/hmrc" --version)); figures would be meaningless" >&2
  exit 1
fi

# bin/hmrc's flags, so that the in-process part runs as `hmrc run` does.
java_flags=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$jvmci_path"
            --enable-native-access=ALL-UNNAMED -Dpolyglot.engine.WarnInterpreterOnly=false)
if [ "$major" -ge 23 ]; then java_flags+=(--sun-misc-unsafe-memory-access=allow); fi
cp="$root/benchmarks/target/classes:$(cat "$classpath_file")"
out="$root/benchmarks/target/bench-runtime.txt"
: > "$out"
{
  echo "bench-runtime: $("$root/bin/hmrc" --version | tr '\n' ' '); JDK $("$jdk/bin/java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
} | tee -a "$out"
status=0
if [ "$which" != startup ]; then
  # shellcheck disable=SC2086
  "$jdk/bin/java" "${java_flags[@]}" -cp "$cp" dev.hmrc.benchmarks.SteadyStateOverhead \
    --hmrc "$root/bin/hmrc" --workload "$root/benchmarks/workloads/steady-state" \
    --workload "$root/benchmarks/workloads/steady-state-named" ${HMRC_STEADY_ARGS:-} \
    | tee -a "$out" || status=$?
fi
if [ "$which" != steady ]; then
  # shellcheck disable=SC2086
  "$jdk/bin/java" "${java_flags[@]}" -cp "$cp" dev.hmrc.benchmarks.StartupGraph \
    --hmrc "$root/bin/hmrc" --folder "$root/benchmarks/target/startup-graph" ${HMRC_STARTUP_ARGS:-} \
    | tee -a "$out" || status=$?
fi
exit "$status"
