#!/usr/bin/env bash
# Extracts the whole real corpus, the seeds and both dev sets to JSON under OUT (one folder per set), with the
# CLI as last built (cli/target), so that a refactoring can be checked for identical output:
#
#   mvn -B -q -pl cli -am install -DskipTests && textcore/scripts/extract-check.sh /tmp/before
#   ... change the code ...
#   mvn -B -q -pl cli -am install -DskipTests && textcore/scripts/extract-check.sh /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# CORPUS defaults to ../shared/corpus (reference material, not part of the build).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: extract-check.sh OUT_DIR}"
corpus="${CORPUS:-$here/../shared/corpus}"
cli="$here/cli/target"
run() { java ${DONDOC_JAVA_OPTS:--Xmx1g} -cp "$cli/classes:$cli/lib/*" vn.dondoc.cli.DondocCli "$@"; }
rm -rf "$out"
for set in real seeds dev/docs dev/docs-full; do
  [ -d "$corpus/$set" ] || { echo "missing $corpus/$set" >&2; exit 1; }
  run extract --json --out "$out/$set" "$corpus/$set"/*.txt > /dev/null
done
find "$out" -name '*.json' | wc -l
