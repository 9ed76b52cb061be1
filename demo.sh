#!/usr/bin/env bash
# ghlsync quick start: builds the modules the demo needs and runs it.
#
#   ./demo.sh                 embedded sandbox (fake GHL, onOffice, Optmyzr on loopback)
#   ./demo.sh --help          every option; real services need credentials, see examples/README.md
#
# Needs only JDK 17+ and Maven 3.8+. Tests are skipped here; `mvn -B verify` runs them.
# Optional: GHLSYNC_BUILD_DIR names the build output folder of each module (default: target),
# MVN_FLAGS adds Maven flags (e.g. MVN_FLAGS=-o to build offline).
set -euo pipefail

cd "$(dirname "$0")"
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "demo.sh: '$tool' is not on the PATH; install JDK 17+ and Maven 3.8+" >&2
    exit 2
  fi
done

build_dir="${GHLSYNC_BUILD_DIR:-target}"
classpath_file="examples/${build_dir}/demo-classpath.txt"

echo "Building the demo (the first run downloads the dependencies)..." >&2
# Maven's own output goes to stderr, so the demo's output stays clean when piped.
# shellcheck disable=SC2086  # MVN_FLAGS is a list of flags on purpose
mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} \
  -Dbuild.dirName="${build_dir}" \
  -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
  -pl examples -am \
  compile dependency:build-classpath \
  -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="${build_dir}/demo-classpath.txt" >&2

exec java -cp "examples/${build_dir}/classes:$(cat "${classpath_file}")" \
  io.ghlsync.examples.demo.QuickStartDemo "$@"
