#!/usr/bin/env bash
# Transform throughput benchmark (see BENCHMARKS.md): hmrc's transform vs parse-only, warm, one
# thread, on three / lodash-es / date-fns / rxjs, then dynohot's own transform on Node over the
# same files. Builds what it needs, installs the corpora, runs dev.hmrc.benchmarks.TransformThroughput.
#
#   scripts/bench-transform.sh [--profile] [harness options...]
#
# --profile         also records a JFR CPU sample of the whole run and prints the hottest
#                   methods (top frame and inclusive shares) afterwards.
# harness options   passed on, e.g. --rounds 20, --no-dynohot; `--help` lists them.
# Environment: HMRC_MVN_ARGS (extra Maven arguments, e.g. -o), HMRC_SKIP_BUILD=1 (use the last
# build), JAVA_HOME (used when no JDK 25 is at the usual place), HMRC_BENCH_HEAP (default 1g).
# The full output is also kept in benchmarks/target/bench-transform.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

profile=false
if [ "${1:-}" = "--profile" ]; then
  profile=true
  shift
fi

java_major() { # prints the feature version of the JDK at $1, or 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1 || echo 0
}
pick_jdk() {
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! jdk="$(pick_jdk)"; then
  echo "bench-transform: no JDK >= 21 found (looked at /usr/lib/jvm/temurin-25-jdk-amd64, JAVA_HOME, /usr/lib/jvm/*)" >&2
  exit 1
fi

if [ "${HMRC_SKIP_BUILD:-}" != 1 ]; then
  echo "bench-transform: building benchmarks and what they depend on (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${HMRC_MVN_ARGS:-} -pl benchmarks -am package -DskipTests >&2
fi
classpath_file="$root/benchmarks/target/runtime-classpath.txt"
if [ ! -f "$classpath_file" ]; then
  echo "bench-transform: $classpath_file is missing; run without HMRC_SKIP_BUILD=1" >&2
  exit 1
fi

"$root/scripts/fetch-corpora.sh"

heap="${HMRC_BENCH_HEAP:-1g}"
java_flags=(-Xms"$heap" -Xmx"$heap" -XX:+UseG1GC)
if [ "$(java_major "$jdk")" -ge 23 ]; then
  # The GraalJS parser's string library uses sun.misc.Unsafe; keep JDK 23+ from warning about it.
  java_flags+=(--sun-misc-unsafe-memory-access=allow)
fi
jfr_file="$root/benchmarks/target/bench-transform.jfr"
if $profile; then
  rm -f "$jfr_file"
  java_flags+=(-Xlog:jfr+startup=error -XX:StartFlightRecording=filename="$jfr_file",settings=profile,dumponexit=true -XX:FlightRecorderOptions:stackdepth=512)
fi

echo "bench-transform: $jdk/bin/java ${java_flags[*]}" >&2
status=0
"$jdk/bin/java" "${java_flags[@]}" \
  -cp "$root/benchmarks/target/classes:$(cat "$classpath_file")" \
  dev.hmrc.benchmarks.TransformThroughput \
  --corpora "$root/.corpora/node_modules" \
  --node-script "$root/benchmarks/node/dynohot-transform.mjs" \
  --list-file "$root/benchmarks/target/transform-files.tsv" \
  "$@" | tee "$root/benchmarks/target/bench-transform.txt" || status=$?

if $profile && [ -f "$jfr_file" ]; then
  echo
  echo "JFR execution samples (whole run, all threads): $jfr_file"
  "$jdk/bin/java" -cp "$root/benchmarks/target/classes" dev.hmrc.benchmarks.HotMethods "$jfr_file" 30
fi
exit "$status"
