# Sourced by bin/madvec, bin/test and .ci/run: finds a JDK 25 and exports JAVA_HOME to it.
# Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/* (newest name last wins ties).
# Prints what to install and returns 1 when none is found.

madvec_java_major() { # JAVA_EXECUTABLE -> major version on stdout
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

madvec_is_jdk25() { # JDK_HOME -> 0 when it holds java and javac of release 25
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(madvec_java_major "$1/bin/java")" = "25" ]
}

madvec_find_jdk25() {
    local candidate
    if [ -n "${JAVA_HOME:-}" ] && madvec_is_jdk25 "$JAVA_HOME"; then
        return 0
    fi
    if command -v java >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        if madvec_is_jdk25 "$candidate"; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    fi
    for candidate in "${MADVEC_JVM_ROOT:-/usr/lib/jvm}"/*; do
        if madvec_is_jdk25 "$candidate"; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    cat >&2 <<'MSG'
madvec: no JDK 25 found (looked at $JAVA_HOME, `java` on PATH, and /usr/lib/jvm/*).
madvec needs a JDK 25 (java and javac) for the Vector API. Install one, for example
  Debian/Ubuntu: apt-get install temurin-25-jdk   (Adoptium repository) or openjdk-25-jdk
  or unpack a JDK 25 from https://adoptium.net and set JAVA_HOME to it,
then run this command again.
MSG
    return 1
}

madvec_maven_opts() {
    # Maven 3.8 (guava) touches sun.misc.Unsafe; JDK 25 warns about it at every start.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}

madvec_require_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "madvec: Maven (mvn, 3.8 or newer) is needed to build madvec; install it (apt-get install maven)." >&2
        return 1
    fi
}
