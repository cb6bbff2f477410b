#!/usr/bin/env bash
# usage: bench/uncached.sh [JAR]  — pages nobody asked for before (issue 25): start the jar (default: the one in
#   target/) with plain `java -jar` on a fresh embedded database and measure, with wrk at 50 connections:
#   1. a search nobody asked for before on every request (bench/wrk/never-seen-search.lua);
#   2. a visitor's own pages right after a save: the save, the step page it redirects to and the roadmap
#      overview, each page with a tag never seen before (bench/wrk/after-save.lua, 100 visitors), and the
#      two pages alone;
#   3. a salary comparison nobody asked for before: the portal started again with a page cache of 64 KB, too
#      small to remember any of the 468 comparisons between two requests for one, walked in turn
#      (bench/wrk/never-seen-salaries.lua).
#   env: PORT=18085  ROUNDS=3  DURATION=8 (s per round)  WARMUP=180 (s, unmeasured, before each workload: on
#        two cores shared with eight busy request threads, the JIT compilers need two to three minutes to finish;
#        20 s, the default before, measured the portal half compiled)
#        CONNS=50  THREADS=2  JAVA_OPTS="" (JVM flags; default none, as a newcomer runs it)
# Prints one line per round (req/s, p50, p99, non-2xx, the server's CPU ms per request) and a RESULT line per
# workload with the medians.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tools/lib/common.sh
source "$ROOT/bench/tools/lib/common.sh"
JAR="$(realpath "${1:-$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)}")"
PORT="${PORT:-18085}"; ROUNDS="${ROUNDS:-3}"; DURATION="${DURATION:-8}"; WARMUP="${WARMUP:-180}"
CONNS="${CONNS:-50}"; THREADS="${THREADS:-2}"
BASE="http://127.0.0.1:$PORT"
WRK="$ROOT/bench/wrk"
WORK="$(mktemp -d /tmp/uncached-bench.XXXXXX)"
APP=""
stop_app() {
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP"; wait "$APP" 2>/dev/null || true
  fi
  APP=""
}
trap 'stop_app; rm -rf "$WORK"' EXIT

start_app() { # start_app NAME [app args...]
  local name="$1"; shift
  mkdir -p "$WORK/$name"
  (cd "$WORK/$name" && exec java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" "$@" > app.log 2>&1) &
  APP=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/actuator/health/readiness" && return 0
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/$name/app.log" >&2; die "the portal did not start"; }
    sleep 0.2
  done
  die "the portal was not ready in 120 s"
}

CLK_TCK="$(getconf CLK_TCK)"
# measure NAME SCRIPT [script args...]: WARMUP s unmeasured, then ROUNDS rounds of DURATION s.
measure() {
  local name="$1" script="$2"; shift 2
  local args=(); [ $# -eq 0 ] || args=(-- "$@")
  echo "$name: loadavg before it $(cut -d" " -f1-3 /proc/loadavg)"
  timeout -k 5 $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s "$script" "$BASE" "${args[@]}" > /dev/null
  : > "$WORK/rounds.txt"
  for r in $(seq 1 "$ROUNDS"); do
    local s0 s1 out
    s0="$(pid_cpu_ticks "$APP")"
    out="$(timeout -k 5 $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$script" "$BASE" "${args[@]}" 2>&1)"
    s1="$(pid_cpu_ticks "$APP")"
    awk -v s="$((s1 - s0))" -v tck="$CLK_TCK" '
      function ms(v) { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; return n }
      /^Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
      / requests in / { reqs = $1 } /Non-2xx or 3xx responses:/ { bad = $NF } /Socket errors:/ { gsub(/,/, ""); sock = $4 + $6 + $8 + $10 }
      END { printf "%.1f %.2f %.2f %d %d %.3f\n", rps, p50, p99, bad, sock, (reqs > 0 ? s * 1000 / tck / reqs : 0) }' <<<"$out" >> "$WORK/rounds.txt"
    read -r rps p50 p99 bad sock cpu < <(tail -1 "$WORK/rounds.txt")
    printf '%-32s round %d: %8s req/s  p50 %7s ms  p99 %8s ms  non-2xx/3xx %s  socket errors %s  CPU %s ms/req\n' \
      "$name" "$r" "$rps" "$p50" "$p99" "$bad" "$sock" "$cpu"
  done
  col() { awk -v c="$1" '{ print $c }' "$WORK/rounds.txt" | median; }
  echo "RESULT $name: $(col 1) req/s, p50 $(col 2) ms, p99 $(col 3) ms, CPU $(col 6) ms/req; non-2xx/3xx $(awk '{ s += $4 } END { print s + 0 }' "$WORK/rounds.txt"), socket errors $(awk '{ s += $5 } END { print s + 0 }' "$WORK/rounds.txt") (medians of $ROUNDS rounds of ${DURATION}s, wrk -t$THREADS -c$CONNS)"
}

echo "== $(java -version 2>&1 | head -2 | tail -1); JAVA_OPTS='${JAVA_OPTS:-}'; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
start_app main --spring.datasource.url="jdbc:h2:file:$WORK/main/db/portal"
measure "never-seen search" "$WRK/never-seen-search.lua" "$WRK/search-words.txt"
"$ROOT/bench/make-visitors.sh" "$BASE" 100 > "$WORK/visitors.tsv"
measure "save, then the visitor's pages" "$WRK/after-save.lua" "$WORK/visitors.tsv"
measure "a visitor's pages after a save" "$WRK/after-save.lua" "$WORK/visitors.tsv" pages
stop_app
start_app small --spring.datasource.url="jdbc:h2:file:$WORK/small/db/portal" --portal.page-cache.max-size=64KB
measure "never-seen salary comparison" "$WRK/never-seen-salaries.lua"
