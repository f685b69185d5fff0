#!/usr/bin/env bash
# Mutation testing with PIT (pitest-maven, DEFAULTS mutators, 2 threads; profile `pit` in pom.xml).
#
# Usage: scripts/pit.sh [core|testkit] [extra Maven arguments]
#   core     (default) mutates ipt-core and runs ipt-core's own tests.
#            Report: ipt-core/target/pit-reports/index.html (and mutations.xml)
#   testkit  mutates ipt-core again and runs ipt-core's tests together with ipt-testkit's
#            properties and stateful model (crossModule).
#            Report: ipt-testkit/target/pit-reports/index.html
#
# Extra arguments go to Maven, e.g.
#   scripts/pit.sh core -DmutationThreshold=90                      fail below 90 % killed
#   scripts/pit.sh core -DtargetClasses='io.github.ipt4j.core.measure.*'   one package only
#   scripts/pit.sh core -Dpit.mutators=STRONGER                     the stronger mutator group
# All of ipt-core takes about half an hour on 2 cores; one package a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-core}"
[ $# -gt 0 ] && shift

case "$mode" in
  core)
    ./mvnw -B -Ppit -pl ipt-core -am test-compile org.pitest:pitest-maven:mutationCoverage "$@"
    ;;
  testkit)
    ./mvnw -B -Ppit -Dpit.testkitMode=true -pl ipt-core,ipt-testkit -am \
      test-compile org.pitest:pitest-maven:mutationCoverage "$@"
    ;;
  *)
    echo "usage: scripts/pit.sh [core|testkit] [maven arguments]" >&2
    exit 2
    ;;
esac
