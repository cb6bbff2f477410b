#!/usr/bin/env bash
# usage: bench/soak-two.sh   — two instances on one PostgreSQL database under a bounded soak (issue 19): 60 s at
#   100 connections over both, reads (pages and the API) on nine connections in ten, saves on the tenth, spread
#   over 1,000 visitors, each save a status change with that visitor's cookies and CSRF token. Reads and saves
#   are measured apart (one wrk per kind and instance), with errors, and each server's RSS every 5 s.
#   env: JAVA_HOME (default: java on the PATH)  FLAGS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
#        PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres PG_USER=portal_test PG_PASSWORD=portal_test (a user that
#        may create databases; .ci/run makes one)  PORT=18070 (and PORT+1)  DURATION=60  CONNS=100
#        VISITORS=1000  SKIP_BUILD=1 (use the jar already in target/)
#        WARMUP=10: seconds of the same load, not measured, before the soak (the JIT compiles the hot paths and
#        each instance renders and keeps its pages once)
#        STOP_DB_AFTER=S STOP_DB_FOR=10: stop PostgreSQL S seconds into the soak and start it again 10 s later
#        (PG_STOP="pg_ctlcluster 15 main stop -m fast", PG_START="pg_ctlcluster 15 main start"; needs root), then
#        report every answer's status per kind, when each instance's readiness went down and up again, and how
#        long after the start the first save was kept; pages kept in memory must answer 200 throughout, saves
#        only 302 or 503
#        SAVERS=CONNS/20: saving connections per instance, for the soak itself (the warm-up keeps one in ten)
#        SLOW_SAVES_MS=0: make every write to a visitor's progress this much slower, by a trigger that sleeps in
#        PostgreSQL (pg_sleep), to see that pages kept in memory keep their speed while saves queue
#        PACE_MS=0: each connection waits this long after an answer before its next request (wrk's delay()),
#        so the load is a steady stream of visitors rather than as many requests as the machine can answer
# Needs wrk, curl and psql (apt-get install -y wrk curl postgresql-client).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18070}"; DURATION="${DURATION:-60}"; CONNS="${CONNS:-100}"; VISITORS="${VISITORS:-1000}"
FLAGS="${FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"; PG_USER="${PG_USER:-portal_test}"
PG_PASSWORD="${PG_PASSWORD:-portal_test}"; PACE_MS="${PACE_MS:-0}"; WARMUP="${WARMUP:-10}"
STOP_DB_AFTER="${STOP_DB_AFTER:-}"; STOP_DB_FOR="${STOP_DB_FOR:-10}"
PG_STOP="${PG_STOP:-pg_ctlcluster 15 main stop -m fast}"; PG_START="${PG_START:-pg_ctlcluster 15 main start}"
SLOW_SAVES_MS="${SLOW_SAVES_MS:-0}"
PACE_LUA=""; [ "$PACE_MS" = 0 ] || PACE_LUA="delay = function() return $PACE_MS end"
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-soak2.XXXXXX)"; APPS=()
DB="portal_soak_$$"
HOSTPORT="$(echo "$PG_URL" | sed -E 's|jdbc:postgresql://([^/]+)/.*|\1|')"
psql_do() { PGPASSWORD="$PG_PASSWORD" psql -q -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U "$PG_USER" -d "${2:-postgres}" -c "$1"; }
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
    [ "$v" != 1 ] || printf '%s\n%s\n' "$cookie" "$csrf" > "$WORK/first-visitor"
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
$PACE_LUA
LUA
cat > "$WORK/reads.lua" <<LUA
$SOAK_PAGES_LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", pages[n % #pages + 1])
end
$PACE_LUA
LUA
if [ "$WARMUP" -gt 0 ]; then
  echo "warming up for $WARMUP s"
  WARMING=()
  for i in 0 1; do
    wrk -t1 -c"$(( CONNS * 9 / 20 ))" -d"${WARMUP}s" -s "$WORK/reads.lua" "http://127.0.0.1:$((PORT + i))" > /dev/null &
    WARMING+=($!)
    wrk -t1 -c"$(( CONNS / 20 ))" -d"${WARMUP}s" -s "$WORK/saves.lua" "http://127.0.0.1:$((PORT + i))" > /dev/null &
    WARMING+=($!)
  done
  wait "${WARMING[@]}" || true
fi
if [ "$SLOW_SAVES_MS" -gt 0 ]; then
  psql_do "CREATE FUNCTION soak_slowly() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN PERFORM pg_sleep($SLOW_SAVES_MS / 1000.0);
    RETURN NEW; END \$\$; CREATE TRIGGER soak_slowly BEFORE INSERT OR UPDATE ON step_progress FOR EACH ROW
    EXECUTE FUNCTION soak_slowly()" "$DB"
fi
# With a fault (STOP_DB_AFTER or SLOW_SAVES_MS), every answer's status is counted, per kind.
FAULT=""; [ -z "$STOP_DB_AFTER" ] && [ "$SLOW_SAVES_MS" = 0 ] || FAULT=1
if [ -n "$FAULT" ]; then
  for kind in reads saves; do
    cat >> "$WORK/$kind.lua" <<'LUA'
local threads = {}
local made = setup
setup = function(thread) if made then made(thread) end; table.insert(threads, thread) end
init = function() statuses = {} end
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function()
  local all = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do all[status] = (all[status] or 0) + n end
  end
  for status, n in pairs(all) do io.write(string.format("STATUS %d %d\n", status, n)) end
end
LUA
  done
fi
if [ -n "$STOP_DB_AFTER" ]; then
  SOAK_START=$(date +%s.%N)
  since() { echo "$(date +%s.%N) $SOAK_START" | awk '{ printf "%.1f", $1 - $2 }'; }
  ( last=("" ""); while :; do
      for i in 0 1; do
        code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$((PORT + i))/actuator/health/readiness" || true)
        [ "$code" = "${last[$i]}" ] || { echo "$(since) s: instance $i readiness $code"; last[$i]=$code; }
      done
      sleep 0.5
    done ) >> "$WORK/events.txt" &
  WATCHER=$!
  ( sleep "$STOP_DB_AFTER"; echo "$(since) s: PostgreSQL stopping"; $PG_STOP; echo "$(since) s: PostgreSQL stopped"
    sleep "$STOP_DB_FOR"; $PG_START; echo "$(since) s: PostgreSQL started"
    { read -r cookie; read -r csrf; } < "$WORK/first-visitor"
    for _ in $(seq 1 300); do
      code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Cookie: $cookie" --data "_csrf=$csrf&status=done" \
        "http://127.0.0.1:$PORT$STEP/1/progress" || true)
      [ "$code" != 302 ] || { echo "$(since) s: the first save since was kept"; break; }
      sleep 0.1
    done ) >> "$WORK/events.txt" 2>&1 &
fi
( for _ in $(seq 1 $(( DURATION / 5 + 1 ))); do sleep 5
    echo "$(( $(ps -o rss= -p "${APPS[0]}") / 1024 )) $(( $(ps -o rss= -p "${APPS[1]}") / 1024 ))"; done ) > "$WORK/rss.txt" &
SAMPLER=$!
READS=$(( CONNS * 9 / 20 )); SAVES=$(( ${SAVERS:-$(( CONNS / 20 ))} ))
LOADS=()
for i in 0 1; do
  timeout $(( DURATION + 30 )) wrk -t1 -c"$READS" -d"${DURATION}s" --latency -s "$WORK/reads.lua" "http://127.0.0.1:$((PORT + i))" > "$WORK/reads$i.txt" &
  LOADS+=($!)
  timeout $(( DURATION + 30 )) wrk -t1 -c"$SAVES" -d"${DURATION}s" --latency -s "$WORK/saves.lua" "http://127.0.0.1:$((PORT + i))" > "$WORK/saves$i.txt" &
  LOADS+=($!)
done
wait "${LOADS[@]}" || true
sleep 1; kill "$SAMPLER" 2>/dev/null || true
if [ -n "$STOP_DB_AFTER" ]; then
  sleep 2; kill "$WATCHER" 2>/dev/null || true
  echo "== what happened"; sort -n "$WORK/events.txt"
fi
# Counts what the given awk rule adds to n, plus wrk's socket errors (connect, read,
# write, timeout), over the files given.
count_bad() {
  local rule=$1
  shift
  awk "$rule"' /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$@"
}
errors() { count_bad '/Non-2xx or 3xx/ { n += $NF }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
total() { awk '/requests in/ { print $1 }' "$1"; }
for f in reads0 saves0 reads1 saves1; do echo "== $f"; cat "$WORK/$f.txt"; done
grep -h " ERROR \| WARN " "$WORK"/app*.log | cut -c1-300 | sort | uniq -c | sort -rn | head -10 || true
for i in 0 1; do
  echo "instance $i: reads $(total "$WORK/reads$i.txt") (errors $(errors "$WORK/reads$i.txt"), p99 $(p99 "$WORK/reads$i.txt")), saves $(total "$WORK/saves$i.txt") (errors $(errors "$WORK/saves$i.txt"), p99 $(p99 "$WORK/saves$i.txt"))"
done
echo "RSS every 5 s (MB, each instance): $(tr '\n' ',' < "$WORK/rss.txt")"
all_errors=$(( $(errors "$WORK/reads0.txt") + $(errors "$WORK/reads1.txt") + $(errors "$WORK/saves0.txt") + $(errors "$WORK/saves1.txt") ))
if [ -n "$FAULT" ]; then
  statuses() { awk '/^STATUS/ { n[$2] += $3 } END { for (s in n) printf "%s %s: %d; ", FILENAME ~ /saves/ ? "saves" : "reads", s, n[s] }' "$@"; }
  echo "answers by status: $(statuses "$WORK"/reads?.txt) $(statuses "$WORK"/saves?.txt)"
  # Kept pages must answer 200 throughout; a save is kept (302) or refused with its form (503), nothing else.
  bad_reads=$(count_bad '/^STATUS/ && $2 != 200 { n += $3 }' "$WORK"/reads?.txt)
  bad_saves=$(count_bad '/^STATUS/ && $2 != 302 && $2 != 503 { n += $3 }' "$WORK"/saves?.txt)
  echo "RESULT soak-two with a fault (PostgreSQL stopped from ${STOP_DB_AFTER:--} s for ${STOP_DB_FOR} s; each progress write slowed by $SLOW_SAVES_MS ms): reads p99 $(p99 "$WORK/reads0.txt") / $(p99 "$WORK/reads1.txt"), other than 200: $bad_reads; saves p99 $(p99 "$WORK/saves0.txt") / $(p99 "$WORK/saves1.txt"), other than 302 or 503: $bad_saves"
  [ "$bad_reads" -eq 0 ] && [ "$bad_saves" -eq 0 ]
  exit
fi
echo "RESULT soak-two: ${DURATION} s at $CONNS connections (pause after each answer: $PACE_MS ms) over two instances on PostgreSQL after $WARMUP s of warm-up, $VISITORS visitors; reads p99 $(p99 "$WORK/reads0.txt") / $(p99 "$WORK/reads1.txt"), saves p99 $(p99 "$WORK/saves0.txt") / $(p99 "$WORK/saves1.txt"); errors $all_errors; RSS MB at 10 s $(sed -n 2p "$WORK/rss.txt"), at the end $(tail -1 "$WORK/rss.txt")"
[ "$all_errors" -eq 0 ]
