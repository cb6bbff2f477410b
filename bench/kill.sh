#!/usr/bin/env bash
# usage: bench/kill.sh   — are answered saves durable? Starts the portal on a fresh embedded H2 file
#   (its default database, ./data/portal in a new working directory),
#   saves notes one after another as a visitor (CSRF token and cookies as a browser sends them), kills
#   the process with SIGKILL in the middle of the burst, starts it again on the same file and checks
#   that every save answered with a redirect is there (the one in flight when it died may be too).
#   env: JAVA_HOME (default: java on the PATH)  PORT=18085  SAVES_BEFORE_KILL=300
#        DB_URL=<JDBC URL> (another database than the default, e.g. 'jdbc:h2:file:./data/portal' to see
#          what H2's default write delay loses)
#        APP_ARGS="--spring.datasource.username=… --spring.datasource.password=…" (for such a database)
#        SKIP_BUILD=1 (use the jar already in target/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18085}"; BASE="http://127.0.0.1:$PORT"; SAVES="${SAVES_BEFORE_KILL:-300}"
STEP=/roadmaps/machine-learning-engineer/steps
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-kill.XXXXXX)"; APP=""
trap '[ -z "$APP" ] || kill -9 "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
cp "$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)" "$WORK/app.jar"
start() {
  (cd "$WORK" && exec java -jar app.jar --server.port="$PORT" ${DB_URL:+--spring.datasource.url="$DB_URL"} ${APP_ARGS:-}) \
    > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.2; done
}
start 1
JAR="$WORK/cookies.txt"
token() { curl -s -c "$JAR" -b "$JAR" "$BASE$STEP/$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
CSRF="$(token 1)"
# Saves one after another in the background, each number written down once it is answered.
touch "$WORK/answered"
(
  for i in $(seq 1 100000); do
    step=$(( (i - 1) % 12 + 1 ))
    code="$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$CSRF" \
      --data-urlencode "note=save $i" "$BASE$STEP/$step/note" || true)"
    [ "$code" = 302 ] || break
    echo "$i" >> "$WORK/answered"
  done
) &
SAVER=$!
until [ "$(wc -l < "$WORK/answered")" -ge "$SAVES" ]; do sleep 0.02; done
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
wait "$SAVER"
answered="$(tail -1 "$WORK/answered")"
echo "answered with a redirect: saves 1 to $answered, then SIGKILL"
start 2
curl -s -c "$JAR" -b "$JAR" "$BASE/roadmaps/machine-learning-engineer/progress.json" > "$WORK/progress.json"
missing=0
for step in $(seq 1 12); do
  last=0; for i in $(seq "$step" 12 "$answered"); do last=$i; done
  [ "$last" -gt 0 ] || continue
  stored="$(grep -o "\"note\" : \"save [0-9]*\"" "$WORK/progress.json" | sed -n "${step}p" | grep -o '[0-9]*' || true)"
  if [ -z "$stored" ] || [ "$stored" -lt "$last" ]; then
    echo "step $step: last answered save $last, found ${stored:-nothing}"; missing=$((missing + 1))
  fi
done
echo "RESULT kill: $answered saves answered before SIGKILL, $missing of 12 steps lost their last answered save${DB_URL:+ (database $DB_URL)}"
[ "$missing" -eq 0 ]
