#!/usr/bin/env bash
# usage: bench/soak-two.sh   — two instances on one PostgreSQL database under a bounded soak (issue 19): 60 s at
#   100 connections over both, reads (pages and the API) on nine connections in ten, saves on the tenth, spread
#   over 1,000 visitors, each save a status change with that visitor's cookies and CSRF token. Reads and saves
#   are measured apart (one wrk per kind and instance), with errors, and each server's RSS every 5 s.
#   env: JAVA_HOME (default: java on the PATH)  FLAGS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
#        PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres PG_USER=portal_test PG_PASSWORD=portal_test (a user that
#        may create databases; .ci/run makes one)  PORT=18070 (and PORT+1)  DURATION=60  CONNS=100
#        VISITORS=1000  SKIP_BUILD=1 (use the jar already in target/)
# Needs wrk, curl and psql (apt-get install -y wrk curl postgresql-client).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18070}"; DURATION="${DURATION:-60}"; CONNS="${CONNS:-100}"; VISITORS="${VISITORS:-1000}"
FLAGS="${FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"; PG_USER="${PG_USER:-portal_test}"
PG_PASSWORD="${PG_PASSWORD:-portal_test}"
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-soak2.XXXXXX)"; APPS=()
DB="portal_soak_$$"
HOSTPORT="$(echo "$PG_URL" | sed -E 's|jdbc:postgresql://([^/]+)/.*|\1|')"
psql_do() { PGPASSWORD="$PG_PASSWORD" psql -q -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U "$PG_USER" -d postgres -c "$1"; }
cleanup() {
  for app in "${APPS[@]:-}"; do [ -z "$app" ] || kill "$app" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql_do "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
cp "$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)" "$WORK/app.jar"
psql_do "CREATE DATABASE $DB"
DB_URL="${PG_URL%/*}/$DB"
for i in 0 1; do
  # shellcheck disable=SC2086
  (cd "$WORK" && exec java $FLAGS -jar app.jar --server.port=$((PORT + i)) --spring.datasource.url="$DB_URL" \
    --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD") > "$WORK/app$i.log" 2>&1 &
  APPS+=($!)
  # The first migrates the database; the second starts once it has.
  until curl -sf -o /dev/null "http://127.0.0.1:$((PORT + i))/actuator/health/readiness"; do sleep 0.2; done
done

# The visitors: each saves once (through either instance) to get its cookies; its token serves its later saves.
# shellcheck source=lib/visitors.sh
. "$ROOT/bench/lib/visitors.sh"
echo "making $VISITORS visitors"
{
  echo "visitors = {"
  for v in $(seq 1 "$VISITORS"); do
    rm -f "$WORK/jar"
    IFS=$'\t' read -r cookie csrf < <(make_visitor "http://127.0.0.1:$((PORT + v % 2))" "$WORK/jar")
    echo "  { cookie = \"$cookie\", csrf = \"$csrf\" },"
  done
  echo "}"
} > "$WORK/visitors.lua"
cat "$WORK/visitors.lua" > "$WORK/saves.lua"
cat >> "$WORK/saves.lua" <<LUA
local n = 0
local id = 0
setup = function(thread) id = id + 1; thread:set("offset", id * 7919) end
request = function()
  n = n + 1
  local v = visitors[(n + offset) % #visitors + 1]
  local status = (n % 2 == 0) and "done" or "in-progress"
  return wrk.format("POST", "$STEP/" .. (n % 12 + 1) .. "/progress",
    { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = v.cookie },
    "_csrf=" .. v.csrf .. "&status=" .. status)
end
LUA
cat > "$WORK/reads.lua" <<LUA
$SOAK_PAGES_LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", pages[n % #pages + 1])
end
LUA
( for _ in $(seq 1 $(( DURATION / 5 + 1 ))); do sleep 5
    echo "$(( $(ps -o rss= -p "${APPS[0]}") / 1024 )) $(( $(ps -o rss= -p "${APPS[1]}") / 1024 ))"; done ) > "$WORK/rss.txt" &
SAMPLER=$!
READS=$(( CONNS * 9 / 20 )); SAVES=$(( CONNS / 20 ))
LOADS=()
for i in 0 1; do
  timeout $(( DURATION + 30 )) wrk -t1 -c"$READS" -d"${DURATION}s" --latency -s "$WORK/reads.lua" "http://127.0.0.1:$((PORT + i))" > "$WORK/reads$i.txt" &
  LOADS+=($!)
  timeout $(( DURATION + 30 )) wrk -t1 -c"$SAVES" -d"${DURATION}s" --latency -s "$WORK/saves.lua" "http://127.0.0.1:$((PORT + i))" > "$WORK/saves$i.txt" &
  LOADS+=($!)
done
wait "${LOADS[@]}" || true
sleep 1; kill "$SAMPLER" 2>/dev/null || true
errors() { awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
total() { awk '/requests in/ { print $1 }' "$1"; }
for f in reads0 saves0 reads1 saves1; do echo "== $f"; cat "$WORK/$f.txt"; done
grep -h " ERROR \| WARN " "$WORK"/app*.log | cut -c1-300 | sort | uniq -c | sort -rn | head -10 || true
for i in 0 1; do
  echo "instance $i: reads $(total "$WORK/reads$i.txt") (errors $(errors "$WORK/reads$i.txt"), p99 $(p99 "$WORK/reads$i.txt")), saves $(total "$WORK/saves$i.txt") (errors $(errors "$WORK/saves$i.txt"), p99 $(p99 "$WORK/saves$i.txt"))"
done
echo "RSS every 5 s (MB, each instance): $(tr '\n' ',' < "$WORK/rss.txt")"
all_errors=$(( $(errors "$WORK/reads0.txt") + $(errors "$WORK/reads1.txt") + $(errors "$WORK/saves0.txt") + $(errors "$WORK/saves1.txt") ))
echo "RESULT soak-two: ${DURATION} s at $CONNS connections over two instances on PostgreSQL, $VISITORS visitors; reads p99 $(p99 "$WORK/reads0.txt") / $(p99 "$WORK/reads1.txt"), saves p99 $(p99 "$WORK/saves0.txt") / $(p99 "$WORK/saves1.txt"); errors $all_errors; RSS MB at 10 s $(sed -n 2p "$WORK/rss.txt"), at the end $(tail -1 "$WORK/rss.txt")"
[ "$all_errors" -eq 0 ]
