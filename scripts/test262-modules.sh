#!/usr/bin/env bash
# The test262 module tests under GraalJS's own loader and under hmrc's linker
# (golden-tests' Test262ModulesTest): every test GraalJS passes must pass hot.
#
#   scripts/test262-modules.sh [TEST262_CHECKOUT]   run a whole test262 checkout
#   scripts/test262-modules.sh --pin TEST262_CHECKOUT   refresh the pinned copy from it
#
# Without an argument it clones tc39/test262 (needs GitHub; CI runs the pinned copy in
# golden-tests/src/test/resources/test262 instead). The counts and the list of tests
# that differ go to golden-tests/target/test262-summary.txt and are printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
folders=(language/module-code language/import language/export language/expressions/import.meta
         language/expressions/dynamic-import)
pinned=golden-tests/src/test/resources/test262

if [ "${1:-}" = "--pin" ]; then
  src="$(cd "${2:?usage: $0 --pin TEST262_CHECKOUT}" && pwd)"
  keep="$(mktemp -d)"
  cp "$pinned/README.md" "$pinned/known-differences.txt" "$keep/"
  rm -rf "$pinned" && mkdir -p "$pinned/harness"
  list="$(mktemp)"
  ( cd "$src"
    for d in "${folders[@]}"; do
      grep -l -E '^flags:.*\bmodule\b' -r "test/$d" --include='*.js' | grep -v _FIXTURE || true
      find "test/$d" -type f \( -name '*_FIXTURE*' -o ! -name '*.js' \)
    done | sort -u > "$list"
    tar -cf - -T "$list" ) | tar -xf - -C "$pinned"
  includes="$(grep -h '^includes:' $(grep -v _FIXTURE "$list" | grep '\.js$' | sed "s|^|$src/|") \
              | sed 's/includes://; s/[][]//g' | tr ',' '\n' | tr -d ' ' | sort -u | grep . || true)"
  for f in assert.js sta.js doneprintHandle.js $includes; do cp "$src/harness/$f" "$pinned/harness/"; done
  cp "$src/LICENSE" "$pinned/LICENSE"
  cp "$keep/README.md" "$keep/known-differences.txt" "$pinned/"
  commit="$(git -C "$src" rev-parse HEAD 2>/dev/null || echo unknown)"
  echo "pinned $(grep -vc _FIXTURE "$list") tests from $src at $commit; update the commit in $pinned/README.md" >&2
  rm -rf "$keep" "$list"
  exit 0
fi

root="${1:-}"
if [ -z "$root" ]; then
  root="$(mktemp -d)/test262"
  git clone --depth 1 https://github.com/tc39/test262 "$root" >&2
fi
root="$(cd "$root" && pwd)"
echo "test262 at $root ($(git -C "$root" rev-parse HEAD 2>/dev/null || echo 'no git')); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
start=$(date +%s)
status=0
mvn -q -B -ntp -pl golden-tests -am test -Dtest=Test262ModulesTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest262.root="$root" >&2 || status=$?
echo "took $(( $(date +%s) - start )) s; load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
cat golden-tests/target/test262-summary.txt
exit $status
