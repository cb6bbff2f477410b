#!/usr/bin/env bash
# usage: bench/soak.sh   — a bounded soak: 60 s at 100 connections on loopback over a mix of pages, the
#   API and progress saves (one request in ten saves a step's status as one visitor, CSRF token and
#   cookies included), against the portal as the Dockerfile runs it on a fresh embedded H2 file. Prints
#   wrk's totals, errors (any answer but 2xx/3xx, socket errors) and the server's RSS every 5 s.
#   env: JAVA_HOME (default: java on the PATH)  FLAGS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
#        PORT=18086  DURATION=60  CONNS=100  SKIP_BUILD=1 (use the jar already in target/)
# Needs wrk and curl (apt-get install -y wrk curl).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18086}"; BASE="http://127.0.0.1:$PORT"; DURATION="${DURATION:-60}"; CONNS="${CONNS:-100}"
FLAGS="${FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-soak.XXXXXX)"; APP=""
trap '[ -z "$APP" ] || kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
cp "$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)" "$WORK/app.jar"
# shellcheck disable=SC2086
(cd "$WORK" && exec java $FLAGS -jar app.jar --server.port="$PORT") > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.2; done

# One visitor: a first save gives the cookies; the form's token serves every later save.
# shellcheck source=lib/visitors.sh
. "$ROOT/bench/lib/visitors.sh"
IFS=$'\t' read -r COOKIE CSRF < <(make_visitor "$BASE" "$WORK/cookies.txt")
cat > "$WORK/mix.lua" <<LUA
$SOAK_PAGES_LUA
local n = 0
request = function()
  n = n + 1
  if n % 10 == 0 then
    local step = (n / 10) % 12 + 1
    local status = ((n / 10) % 2 == 0) and "done" or "in-progress"
    return wrk.format("POST", "$STEP/" .. step .. "/progress",
      { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "$COOKIE" },
      "_csrf=$CSRF&status=" .. status)
  end
  return wrk.format("GET", pages[n % #pages + 1], { ["Cookie"] = "$COOKIE" })
end
LUA
( for _ in $(seq 1 $(( DURATION / 5 + 1 ))); do sleep 5; echo "$(( $(ps -o rss= -p "$APP") / 1024 ))"; done ) > "$WORK/rss.txt" &
SAMPLER=$!
timeout $(( DURATION + 30 )) wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$WORK/mix.lua" "$BASE" | tee "$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
echo "RSS every 5 s (MB): $(tr '\n' ' ' < "$WORK/rss.txt")"
saves="$(grep -c 'POST' "$WORK/app.log" || true)"
errors="$(awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$WORK/wrk.txt")"
echo "RESULT soak: $(awk '/requests in/ { print $1 }' "$WORK/wrk.txt") requests in ${DURATION} s at $CONNS connections, errors $errors, p99 $(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt"); RSS MB $(head -2 "$WORK/rss.txt" | tail -1) at 10 s, $(tail -1 "$WORK/rss.txt") at the end"
[ "$errors" -eq 0 ]
