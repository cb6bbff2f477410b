#!/usr/bin/env bash
# usage: bench/make-visitors.sh BASE_URL COUNT > visitors.tsv  — COUNT visitors, each made by a first save
#   (step 1 done) through the portal at BASE_URL as a browser does; one line each: their Cookie header, a tab,
#   their form's CSRF token (for bench/wrk/after-save.lua).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/visitors.sh
source "$HERE/lib/visitors.sh"
BASE="${1%/}"; COUNT="$2"
JARS="$(mktemp -d)"
trap 'rm -rf "$JARS"' EXIT
for i in $(seq 1 "$COUNT"); do
  make_visitor "$BASE" "$JARS/$i.txt"
done
