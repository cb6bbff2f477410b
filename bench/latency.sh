#!/usr/bin/env bash
# usage: bench/latency.sh 'NAME ARGS...' ...   e.g. bench/latency.sh 'now' 'threads-16 --server.tomcat.threads.max=16'
#   Measures the portal on PostgreSQL as production runs it: behind a proxy a few milliseconds away and with
#   its database a few milliseconds away, both added on loopback by bench/delay-proxy.c (no netem, so no
#   other process on the machine is slowed). Each configuration is a name and the portal arguments it adds;
#   for each round and configuration (the order reversed every other round) it starts plain `java -jar`
#   with the profile postgres on a database reached through a delaying proxy, saves progress for VISITORS
#   visitors, and runs wrk through another delaying proxy: the mix of lib/mix.lua (four kept pages, five
#   requests that read a visitor's progress, one save, of every ten), then the flagship role page alone.
#   env: CLIENT_DELAY_MS=1 DB_DELAY_MS=1 (each way: a round trip is twice that; 0 = wrk or the portal straight
#          at the server, no proxy)
#        DB_PORT=5432 DB_NAME=portal_bench DB_USER=portal_bench DB_PASSWORD=portal_bench (PostgreSQL on loopback)
#        PORT=18095 (the portal; the proxies take PORT+1 and PORT+2)  PROFILES=postgres
#        ROUNDS=2 DURATION=10 (s per wrk run) WARMUP=15 (s of the mix, unmeasured) CONNS=50 THREADS=2 VISITORS=50
#        SKIP_BUILD=1 (use the jar already in target/)
# Prints one RESULT line per configuration, round and load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/visitors.sh
source "$ROOT/bench/lib/visitors.sh"
[ $# -ge 1 ] || { sed -n '2,2p' "$0" >&2; exit 2; }
CLIENT_DELAY_MS="${CLIENT_DELAY_MS:-1}"; DB_DELAY_MS="${DB_DELAY_MS:-1}"
DB_PORT="${DB_PORT:-5432}"; DB_NAME="${DB_NAME:-portal_bench}"
DB_USER="${DB_USER:-portal_bench}"; DB_PASSWORD="${DB_PASSWORD:-portal_bench}"
PORT="${PORT:-18095}"; CLIENT_PORT=$((PORT + 1)); DB_PROXY_PORT=$((PORT + 2))
ROUNDS="${ROUNDS:-2}"; DURATION="${DURATION:-10}"; WARMUP="${WARMUP:-15}"
CONNS="${CONNS:-50}"; THREADS="${THREADS:-2}"; VISITORS="${VISITORS:-50}"
WORK="$(mktemp -d /tmp/portal-latency.XXXXXX)"
PIDS=()
APP=""
stop_app() { [ -z "$APP" ] || { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; }; }
trap 'stop_app; for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
JAR="$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)"
cc -O2 -pthread -o "$WORK/delay-proxy" "$ROOT/bench/delay-proxy.c"

DB_TARGET="$DB_PORT"; BASE_PORT="$PORT"
if [ "$DB_DELAY_MS" != 0 ]; then
  "$WORK/delay-proxy" "$DB_PROXY_PORT" "$DB_PORT" "$DB_DELAY_MS" & PIDS+=($!)
  DB_TARGET="$DB_PROXY_PORT"
fi
if [ "$CLIENT_DELAY_MS" != 0 ]; then
  "$WORK/delay-proxy" "$CLIENT_PORT" "$PORT" "$CLIENT_DELAY_MS" & PIDS+=($!)
  BASE_PORT="$CLIENT_PORT"
fi
BASE="http://127.0.0.1:$BASE_PORT"
echo "== $(java -version 2>&1 | head -2 | tail -1); $(nproc) cores; added each way: ${CLIENT_DELAY_MS} ms" \
  "client to portal, ${DB_DELAY_MS} ms portal to PostgreSQL; $CONNS connections, ${DURATION} s per run"

# The portal's CPU time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }

measure() {
  local name="$1" round="$2"; shift 2
  : > "$WORK/app.log"
  java -jar "$JAR" --spring.profiles.active="${PROFILES:-postgres}" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$DB_TARGET/$DB_NAME" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" "$@" \
    >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 2; }
    sleep 0.2
  done
  : > "$WORK/visitors"
  for i in $(seq 1 "$VISITORS"); do
    make_visitor "$BASE" "$WORK/jar$i" >> "$WORK/visitors"
  done
  timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s "$ROOT/bench/lib/mix.lua" "$BASE" \
    "$WORK/visitors" > /dev/null
  : > "$WORK/app.log"
  local out cpu refused
  cpu="$(cpu_ticks)"
  out="$(timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$ROOT/bench/lib/mix.lua" \
    "$BASE" "$WORK/visitors" | grep '^RESULT')"
  cpu=$(( $(cpu_ticks) - cpu ))
  refused="$(grep -a -c 'DatabaseBulkhead\$Busy' "$WORK/app.log" || true)"
  echo "RESULT $name round $round mix ${out#RESULT } refused-by-bulkhead $refused" \
    "portal-cpu-ms/req $(awk -v t="$cpu" -v hz="$(getconf CLK_TCK)" -v out="$out" \
      'BEGIN { split(out, f, " "); printf "%.2f", t * 1000 / hz / f[11] }')" \
    "load $(cut -d' ' -f1 /proc/loadavg)"
  timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency \
    "$BASE/roles/machine-learning-engineer" > "$WORK/kept.txt"
  echo "RESULT $name round $round kept $(awk '
    /Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF } /Socket errors/ { gsub(",", ""); sock = $4 + $6 + $8 + $10 }
    END { printf "req/s %.0f p50 %s p99 %s non-2xx/3xx %d socket-errors %d", rps, p50, p99, bad, sock }' "$WORK/kept.txt")"
  stop_app
}

for round in $(seq 1 "$ROUNDS"); do
  configs=("$@")
  if [ $((round % 2)) -eq 0 ]; then
    configs=(); for ((i = $#; i >= 1; i--)); do configs+=("${!i}"); done
  fi
  for config in "${configs[@]}"; do
    read -r -a words <<< "$config"
    measure "${words[0]}" "$round" "${words[@]:1}"
  done
done
