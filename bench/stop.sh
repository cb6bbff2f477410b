#!/usr/bin/env bash
# usage: bench/stop.sh   — a graceful stop under load: wrk on the flagship page at 50 connections, SIGTERM to
#   the portal 3 s in. Every request the server answered (its request log counts them; the log stops a
#   moment before the last answers) must have reached wrk whole, none may be answered with an error, and
#   the process must end by itself. wrk's read errors afterwards are keep-alive connections the server
#   closed between requests; its write errors, the attempts to reconnect to a stopped server. Any answer
#   that is not a 2xx is printed (NON2XX, with its headers and the start of its body) and counted by status.
#   env: JAVA_HOME (default: java on the PATH)  PORT=18087  SKIP_BUILD=1 (use the jar already in target/)
# Needs wrk and curl (apt-get install -y wrk curl).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18087}"; BASE="http://127.0.0.1:$PORT"
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-stop.XXXXXX)"; APP=""
trap '[ -z "$APP" ] || kill -9 "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
cp "$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)" "$WORK/app.jar"
(cd "$WORK" && exec java -jar app.jar --server.port="$PORT" --server.tomcat.accesslog.enabled=true) > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.2; done
curl -s -o /dev/null "$BASE/roles/machine-learning-engineer"
before="$(grep -c '"GET ' "$WORK/app.log")"
# Every answer that is not a 2xx is written out with its status, headers and the start of its body.
cat > "$WORK/status.lua" <<'LUA'
response = function(status, headers, body)
  if status < 200 or status > 299 then
    local line = "NON2XX " .. status
    for name, value in pairs(headers) do line = line .. " | " .. name .. ": " .. value end
    io.write(line .. " | body: " .. string.sub(body or "", 1, 200):gsub("\n", " ") .. "\n")
  end
end
LUA
timeout 30 wrk -t2 -c50 -d8s -s "$WORK/status.lua" "$BASE/roles/machine-learning-engineer" > "$WORK/wrk.txt" 2>&1 &
LOAD=$!
sleep 3
t0=$(date +%s%N); kill -TERM "$APP"
status=0; wait "$APP" || status=$?
stopped_ms=$(( ($(date +%s%N) - t0) / 1000000 )); APP=""
wait "$LOAD" || true
served=$(( $(grep -c '"GET ' "$WORK/app.log") - before ))
received="$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")"
non2xx="$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk.txt")"
cat "$WORK/wrk.txt"; grep "\"GET " "$WORK/app.log" | awk "{print \$(NF-2)}" | sort | uniq -c
grep -E "graceful shutdown|Graceful shutdown" "$WORK/app.log" | sed 's/^.*: //'
statuses="$(awk '/^NON2XX/ { print $2 }' "$WORK/wrk.txt" | sort | uniq -c | awk '{ printf "%s%s x%s", sep, $2, $1; sep=", " }')"
echo "RESULT stop: SIGTERM under load, process ended in $stopped_ms ms (exit $status); the server logged $served answers, wrk received $received whole, ${non2xx:-0} of them errors${statuses:+ ($statuses)}"
[ "$received" -ge "$served" ] && [ "${non2xx:-0}" -eq 0 ]
