#!/usr/bin/env bash
# usage: bench/disk-full.sh   — the disk under the embedded H2 file fills up, then frees again (issue 19).
#   The portal runs on an H2 file on a small tmpfs of its own (root only: it mounts one). A visitor saves a
#   note; the disk is filled to the last byte; the visitor saves again, and must get the 503 page with their
#   text still in the form, while a page kept in memory still answers 200 and the first note stays; then the
#   filler is deleted, and saves must work again without a restart. Prints what each request got and how
#   long the portal took to take saves again.
#   env: JAVA_HOME (default: java on the PATH)  PORT=18088  SIZE_MB=48  SKIP_BUILD=1 (use the jar in target/)
# Needs curl, and root for mount.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18088}"; BASE="http://127.0.0.1:$PORT"; SIZE_MB="${SIZE_MB:-48}"
[ -z "${JAVA_HOME:-}" ] || export PATH="$JAVA_HOME/bin:$PATH"
WORK="$(mktemp -d /tmp/portal-disk.XXXXXX)"; APP=""
cleanup() {
  [ -z "$APP" ] || { kill -9 "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; } || true
  umount "$WORK/disk" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || "$ROOT/mvnw" -q -B -DskipTests package
cp "$(ls "$ROOT"/target/ml-careers-portal-*.jar | head -1)" "$WORK/app.jar"
mkdir "$WORK/disk"
mount -t tmpfs -o "size=${SIZE_MB}m" tmpfs "$WORK/disk"
(cd "$WORK" && exec java -jar app.jar --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/disk/portal;WRITE_DELAY=0") > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do sleep 0.2; done
STEP="/roadmaps/machine-learning-engineer/steps/4"
JAR="$WORK/cookies"
token() { curl -s -b "$JAR" -c "$JAR" "$BASE$STEP" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
save() { # note text -> prints the status; the body goes to $WORK/last.html
  curl -s -o "$WORK/last.html" -w '%{http_code}' -b "$JAR" -c "$JAR" -X POST \
    --data-urlencode "_csrf=$CSRF" --data-urlencode "note=$1" "$BASE$STEP/note"
}
CSRF="$(token)"
curl -s -o /dev/null "$BASE/roles/machine-learning-engineer"
echo "save before the disk fills: $(save 'Saved before the disk filled')"

dd if=/dev/zero of="$WORK/disk/filler" bs=1M status=none 2>/dev/null || true
df -h "$WORK/disk" | tail -1
note="Written while the disk was full $(head -c 1500 /dev/zero | tr '\0' 'x')"
statuses=""
for i in 1 2 3; do
  statuses="$statuses $(save "$note")"
done
kept_text=$(grep -c 'Written while the disk was full' "$WORK/last.html" || true)
kept_page=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/roles/machine-learning-engineer")
ready_full=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")
echo "saves while full:$statuses (text kept in the answer: $kept_text); a kept page: $kept_page; readiness: $ready_full"

rm -f "$WORK/disk/filler"
t0=$(date +%s%N)
for i in $(seq 1 100); do
  [ "$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$JAR" "$BASE$STEP")" = "200" ] && break
  sleep 0.1
done
first_kept=$(grep -c '>Saved before the disk filled</textarea>' "$WORK/page.html" || true)
status=""
for i in $(seq 1 100); do
  status="$(save 'Saved after the disk had room again')"
  [ "$status" = "302" ] && break
  sleep 0.1
done
recovered_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
page="$(curl -s -b "$JAR" "$BASE$STEP")"
shown=$(echo "$page" | grep -c '>Saved after the disk had room again</textarea>' || true)
errors=$(grep -c " ERROR " "$WORK/app.log" || true); grep " ERROR " "$WORK/app.log" | cut -c1-300 || true
echo "RESULT disk-full: saves while full answered$statuses (text kept: $kept_text), kept page $kept_page, readiness $ready_full; the note saved before still there: $first_kept; after space returned the first accepted save came in $recovered_ms ms (status $status, shown: $shown); ERROR lines in the log: $errors"
[ "$status" = "302" ] && [ "$shown" = "1" ] && [ "$first_kept" = "1" ]
