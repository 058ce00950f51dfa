#!/usr/bin/env bash
# sepgraph benchmark (issues 5 and 11): bench/run.sh --tier small|medium|large --out DIR [--runs N] [--seed S]
#   [--clients 200] [--load-seconds 30] [--reimports N] [--keep-store];  bench/run.sh --demo --out DIR;
#   bench/run.sh --etsi ROWS --out DIR [--file FILE] [--import-xmx 4g] (a synthetic ETSI export through the CLI)
# Builds what it needs, starts the packaged service on a fresh embedded store, imports the generated tier through
# POST /api/v1/imports/bundle, restarts the service on it (the engine's load at start), checks HTTP == Cypher
# reference == engine in this JVM == plain-Java baseline on every target, times each question (HTTP against the
# engine without HTTP), runs the load phase (200 clients, 10% writes, lost writes counted), writes DIR/<tier>.json
# and prints a Markdown table. Exit status 1 when the answers disagree. --demo: the demo alliance's fixed cost
# (questions against /q/health/live) and the load phase on it, DIR/demo.json.
# Run it under the machine's build lock (flock /tmp/mvn.lock bench/run.sh ...): it builds and it loads the cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

tier=small
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == "--tier" ]]; then j=$((i + 1)); tier="${!j}"; fi
  if [[ "${!i}" == --tier=* ]]; then tier="${!i#--tier=}"; fi
done

jar=service/target/quarkus-app/quarkus-run.jar
# stale when any source or pom of the modules the service is built from is newer than the packaged jar (the root
# pom is left out: adding bench/ to its modules does not change the service)
stale() {
  local target="$1"; shift
  [[ ! -e "$target" ]] && return 0
  [[ -n "$(find "$@" -newer "$target" -type f \( -name '*.java' -o -name '*.xml' -o -name '*.properties' \) -print -quit 2>/dev/null)" ]]
}
if stale "$jar" graph/src graph/pom.xml queries/src queries/pom.xml import/src import/pom.xml service/src service/pom.xml; then
  echo "[bench] building the service (mvn -B -q -pl service -am package -DskipTests)" >&2
  mvn -B -q -pl service -am package -DskipTests >&2
fi
# bench/target/lib holds copies of the graph, queries and import jars: stale when their sources changed too
if stale bench/target/built.stamp bench/src/main bench/pom.xml graph/src/main graph/pom.xml queries/src/main \
    queries/pom.xml import/src/main import/pom.xml || [[ ! -d bench/target/lib ]]; then
  # package in the reactor, never install: ~/.m2 is shared with other checkouts
  echo "[bench] building bench/ (mvn -B -q -pl bench -am package -DskipTests)" >&2
  mvn -B -q -pl bench -am package -DskipTests >&2
  touch bench/target/built.stamp
fi

case "$tier" in
  large) xmx=6g ;;
  medium) xmx=4g ;;
  *) xmx=1g ;;
esac
exec java "-Xmx${BENCH_XMX:-$xmx}" -cp "bench/target/classes:bench/target/lib/*" org.sepgraph.bench.Bench --jar "$jar" "$@"
