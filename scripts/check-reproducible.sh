#!/usr/bin/env bash
# Proves the build is reproducible: two clean builds must give byte-identical jars.
# Usage: scripts/check-reproducible.sh   (from anywhere; uses the Maven wrapper)
set -euo pipefail
cd "$(dirname "$0")/.."

build_and_hash() {
  ./mvnw -B -q clean package -DskipTests -Dmaven.test.skip.exec=true >/dev/null
  find . -path '*/target/*.jar' -not -path '*/target/*/*' -print0 \
    | sort -z | xargs -0 sha256sum
}

first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT

build_and_hash >"$first"
build_and_hash >"$second"

if [ ! -s "$first" ]; then
  echo "reproducible-build check: no jars were built" >&2
  exit 1
fi

if diff -u "$first" "$second"; then
  echo "reproducible-build check: $(wc -l <"$first") jars byte-identical across two clean builds"
else
  echo "reproducible-build check FAILED: the jars above differ between two clean builds" >&2
  exit 1
fi
