# Sourced by bin/hmrc and .ci/run: finds a JDK 21 or newer.
# hmrc_find_jdk prints its home on stdout, or one line saying what to install on
# stderr and returns 2. Looks at, in order: $HMRC_JAVA_HOME, $JAVA_HOME, `java`
# on PATH, then the newest JDK under /usr/lib/jvm.

HMRC_MIN_JAVA=21

# Major version of the JDK at home $1 (empty when it has no bin/java).
hmrc_java_major() {
  local home="$1" version=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  version=${version%%[.+-]*}
  case "$version" in ''|*[!0-9]*) return 0 ;; esac
  echo "$version"
}

hmrc_find_jdk() {
  local candidate home major best="" best_major=0
  for candidate in "${HMRC_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$candidate" ] || continue
    major=$(hmrc_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$HMRC_MIN_JAVA" ]; then echo "$candidate"; return 0; fi
  done
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(hmrc_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$HMRC_MIN_JAVA" ]; then echo "$home"; return 0; fi
  fi
  for home in /usr/lib/jvm/*; do
    [ -d "$home" ] || continue
    major=$(hmrc_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$HMRC_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  echo "hmrc needs a JDK $HMRC_MIN_JAVA or newer and found none (looked at \$HMRC_JAVA_HOME, \$JAVA_HOME, java on PATH, /usr/lib/jvm); install one (Debian: apt-get install openjdk-21-jdk, or Temurin 25) or set JAVA_HOME" >&2
  return 2
}
