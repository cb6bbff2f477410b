-- wrk script for bench/latency.sh: a mix of pages kept in memory and requests that need the
-- database. Argument: a file of visitors, one a line as make_visitor (lib/visitors.sh) prints
-- them: their Cookie header, a tab, their form's CSRF token. Of every ten requests: four pages
-- kept for everyone; three roadmaps and one step page of a visitor under a save tag no page is
-- kept under yet (as after a save made elsewhere), so rendered from their progress; their
-- progress as JSON; and a save.
local visitors = {}
local kept = { "/roles/machine-learning-engineer", "/roadmaps/machine-learning-engineer", "/search?q=python",
  "/api/v1/roles" }
local roadmap = "/roadmaps/machine-learning-engineer"
local statuses = { "done", "in-progress" }
local n = 0

function init(args)
  for line in io.lines(args[1]) do
    local cookie, csrf = line:match("^([^\t]+)\t(.+)$")
    cookie = cookie:gsub("mlc_saved=[^;]*;? ?", ""):gsub("; $", "")
    visitors[#visitors + 1] = { cookie = cookie, csrf = csrf }
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  n = n + 1
  local k = n % 10
  if k < 4 then
    return wrk.format("GET", kept[k + 1])
  end
  local visitor = visitors[math.random(#visitors)]
  local cookie = string.format("%s; mlc_saved=%x%x", visitor.cookie, math.random(0, 0x7fffffff), n)
  if k < 7 then
    return wrk.format("GET", roadmap, { Cookie = cookie })
  elseif k == 7 then
    return wrk.format("GET", roadmap .. "/steps/" .. math.random(9), { Cookie = cookie })
  elseif k == 8 then
    return wrk.format("GET", roadmap .. "/progress.json", { Cookie = cookie })
  end
  return wrk.format("POST", roadmap .. "/steps/" .. math.random(9) .. "/progress",
    { Cookie = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "_csrf=" .. visitor.csrf .. "&status=" .. statuses[math.random(2)])
end

function done(summary, latency, requests)
  io.write(string.format("RESULT req/s %.0f p50 %.2f ms p99 %.2f ms requests %d non-2xx/3xx %d socket-errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
