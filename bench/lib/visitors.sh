# Sourced by bench/soak.sh and bench/soak-two.sh: the pages a soak reads, and visitors made as a browser
# makes one, with their cookies and CSRF token.

STEP=/roadmaps/machine-learning-engineer/steps

# The pages and API answers a soak reads, as a Lua table named pages.
SOAK_PAGES_LUA='local pages = { "/", "/roles", "/roles/machine-learning-engineer", "/salaries?basis=ppp",
  "/roadmaps/machine-learning-engineer", "/roadmaps/machine-learning-engineer/steps/9", "/search?q=python",
  "/api/v1/roles", "/skills" }'

# make_visitor BASE JAR: one visitor's first save (step 1 done) through the portal at BASE, with curl's cookie
# jar JAR; prints the visitor's Cookie header and the form's token (URL-safe Base64, so it needs no encoding
# in a body), separated by a tab.
make_visitor() {
  local base="$1" jar="$2" csrf
  csrf="$(curl -s -c "$jar" -b "$jar" "$base$STEP/1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data "status=done" "$base$STEP/1/progress"
  printf '%s\t%s\n' "$(awk '$6 ~ /^(mlc_visitor|mlc_saved|XSRF-TOKEN)$/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")" "$csrf"
}
