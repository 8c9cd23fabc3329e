#!/usr/bin/env bash
# Start-up of a program importing a large CommonJS package (lodash's full build, lodash.js, 540 kB,
# imported as `import _ from 'lodash'`): node against `bin/hmrc run` (GraalJS's own loader through
# hmrc's CommonJS facade) and `bin/hmrc run --import hmr/register` (hmrc's linker), fresh processes
# in turn, wall time from start to exit; median of N runs each after one warm-up run each (the
# transform cache then holds the facade, the export-names cache lodash.js's names; lodash.js
# itself runs as CommonJS, never transformed); lodash-es (ES modules) under the plain mode as a reference.
#
#   scripts/bench-commonjs-startup.sh [N]      (default 7)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
bash "$root/scripts/fetch-corpora.sh"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
ln -s "$root/.corpora/node_modules" "$dir/node_modules"
cat > "$dir/main.mjs" <<'JS'
import _ from 'lodash';
console.log(_.VERSION, _.chunk(_.range(10), 3).length, _.camelCase('start up'));
JS
cat > "$dir/esm.mjs" <<'JS'
import _ from 'lodash-es';
console.log(_.VERSION, _.chunk(_.range(10), 3).length, _.camelCase('start up'));
JS
export HMRC_CACHE_DIR="$dir/cache"
declare -A times cpus
run() { # label command...   (wall ms into times[label], user+system CPU ms into cpus[label])
  local label="$1"; shift
  local start end
  start=$(date +%s%N)
  (cd "$dir" && /usr/bin/time -f '%U %S' -o "$dir/cpu.txt" "$@" > "$dir/out.txt" 2> "$dir/err.txt") \
    || { echo "$label failed:"; cat "$dir/err.txt"; exit 1; }
  end=$(date +%s%N)
  times[$label]="${times[$label]:-} $(( (end - start) / 1000000 ))"
  cpus[$label]="${cpus[$label]:-} $(awk '{printf "%d", ($1 + $2) * 1000}' "$dir/cpu.txt")"
}
node "$dir/main.mjs" > "$dir/expected.txt"
"$root/bin/hmrc" run "$dir/main.mjs" > /dev/null 2>&1 # builds the cli if needed
run warmup-node node main.mjs; run warmup-plain "$root/bin/hmrc" run main.mjs; run warmup-hot "$root/bin/hmrc" run --import hmr/register main.mjs
cmp -s "$dir/expected.txt" "$dir/out.txt" || { echo "hmrc printed something else than node"; exit 1; }
for _ in $(seq "$runs"); do
  run node node main.mjs
  run plain "$root/bin/hmrc" run main.mjs
  run hot "$root/bin/hmrc" run --import hmr/register main.mjs
  run esm "$root/bin/hmrc" run esm.mjs
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
n=$(echo "${times[node]}" | median); p=$(echo "${times[plain]}" | median); h=$(echo "${times[hot]}" | median)
echo "lodash (full CommonJS build) start-up, median of $runs, wall ms: node $n, hmrc plain $p ($(awk "BEGIN{printf \"%.1f\", $p/$n}")x), hmrc hot $h ($(awk "BEGIN{printf \"%.1f\", $h/$n}")x); hot/plain $(awk "BEGIN{printf \"%.2f\", $h/$p}")x"
cn=$(echo "${cpus[node]}" | median); cp=$(echo "${cpus[plain]}" | median); ch=$(echo "${cpus[hot]}" | median)
echo "CPU ms (user+system, all threads): node $cn, hmrc plain $cp ($(awk "BEGIN{printf \"%.1f\", $cp/$cn}")x), hmrc hot $ch ($(awk "BEGIN{printf \"%.1f\", $ch/$cn}")x)"
e=$(echo "${times[esm]}" | median)
echo "reference: the same program on lodash-es (640 ES modules) under hmrc plain: $e ms ($(awk "BEGIN{printf \"%.1f\", $e/$n}")x node)"
echo "runs (wall): node${times[node]} | plain${times[plain]} | hot${times[hot]} | esm${times[esm]}"
echo "runs (CPU): node${cpus[node]} | plain${cpus[plain]} | hot${cpus[hot]} | esm${cpus[esm]}"
