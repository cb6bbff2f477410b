#!/usr/bin/env bash
# usage: bench/run.sh   — build the jar, start it as the Dockerfile does (ahead-of-time cache or class-data
#   sharing archive trained on one start, C1 only, serial GC, -Xmx128m) on a fresh embedded database, and
#   measure: start-up time and memory, the eight key addresses against nginx serving the same bytes, and
#   the same addresses for a visitor with saved progress.
#   env: JAVA_HOME=<JDK to run on> (default: java on the PATH; 25 or newer uses the AOT cache of JEP 483/514,
#          older ones a CDS archive)
#        TOOLS=<dir with http-bench.sh and startup.sh> (default: bench/tools, copies of the team's tools)
#        PORT=18080  RUNS=5 (starts)  ROUNDS=3  DURATION=10 (s per wrk run; passed on to http-bench.sh)
#        FLAGS="<JVM flags>" (default: -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
#        SKIP_BUILD=1 (use the jar already in target/)
#        SPRING_PROFILES_ACTIVE=benchmark (the settings tuned for wrk on loopback, application-benchmark.properties;
#          to add another profile, name both: benchmark,postgres)
# Needs only a JDK; the tools install wrk and nginx from Debian packages on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${TOOLS:-$ROOT/bench/tools}"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
FLAGSHIP=/roles/machine-learning-engineer
PATHS=("$FLAGSHIP" '/salaries?basis=ppp' /roadmaps/machine-learning-engineer
  /roadmaps/machine-learning-engineer/steps/9 '/search?q=python' /api/v1/roles
  '/skills/check?have=python&have=pytorch&have=sql' '/roles/compare?roles=machine-learning-engineer&roles=data-scientist')
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-benchmark}"
WORK="$(mktemp -d /tmp/portal-bench.XXXXXX)"
APP=""
trap '[ -z "$APP" ] || kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
JAR="$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)"
APP_JAR="$(basename "$JAR")"
JAVA_FEATURE="$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')"
FLAGS="${FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
if [ "${JAVA_FEATURE%%.*}" -ge 25 ]; then
  TRAIN="-XX:AOTCacheOutput=app.aot"; USE="-XX:AOTCache=app.aot"
else
  TRAIN="-XX:ArchiveClassesAtExit=app.jsa"; USE="-XX:SharedArchiveFile=app.jsa"
fi
echo "== $(java -version 2>&1 | head -2 | tail -1); flags: $FLAGS $USE; profiles: $SPRING_PROFILES_ACTIVE; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

# The jar extracted and the cache trained on one start that stops once the context is refreshed,
# against a throwaway in-memory database (as the Dockerfile does).
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
(cd "$WORK/app" && java $FLAGS $TRAIN -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" --spring.datasource.url=jdbc:h2:mem:training > "$WORK/training.log" 2>&1) \
  || { cat "$WORK/training.log" >&2; exit 2; }

echo "== start-up and memory (startup.sh; the first start migrates a fresh database, the rest reopen it)"
(cd "$WORK/app" && JAVA_OPTS="$FLAGS $USE" RUNS="${RUNS:-5}" LOAD_URL="$BASE$FLAGSHIP" WORKDIR="$WORK/app" \
  APP_ARGS="--server.port=$PORT --spring.datasource.url=jdbc:h2:file:$WORK/startup-db/portal" \
  "$TOOLS/startup.sh" "$WORK/app/$APP_JAR" "$BASE/actuator/health/readiness")

echo "== pages and API against nginx (http-bench.sh)"
(cd "$WORK/app" && exec java $FLAGS $USE -jar "$APP_JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db/portal" > "$WORK/app.log" 2>&1) &
APP=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.2; done
"$TOOLS/http-bench.sh" "$BASE" "${PATHS[@]}"

echo "== a visitor with saved progress (step 1 done, so the roadmap pages show it)"
COOKIES="$WORK/cookies.txt"
STEP=/roadmaps/machine-learning-engineer/steps/1
CSRF="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE$STEP" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "_csrf=$CSRF" --data "status=done" "$BASE$STEP/progress"
VISITOR="$(awk '$6 == "mlc_visitor" { print $7 }' "$COOKIES")"
SAVED="$(awk '$6 == "mlc_saved" { print $7 }' "$COOKIES")"
[ -n "$VISITOR" ] && [ -n "$SAVED" ] || { echo "no visitor cookies after saving progress" >&2; exit 2; }
HTTP_HEADERS="Cookie: mlc_visitor=$VISITOR; mlc_saved=$SAVED" "$TOOLS/http-bench.sh" "$BASE" "${PATHS[@]}"
echo "RESULT RSS of the server after both runs: $(( $(ps -o rss= -p "$APP" | tr -d ' ') / 1024 )) MB (-Xmx128m)"
