-- A visitor's own pages right after a save, as a browser asks for them: the save of a step's
-- status (POST, answered with a redirect and a new mlc_saved tag), the step page it redirects
-- to, then the roadmap overview, both with a tag never seen before (as after a real save),
-- over many visitors (one per line of VISITORS_FILE: their Cookie header, a tab, their form's
-- CSRF token, as bench/lib/visitors.sh's make_visitor prints them). With the argument "pages",
-- only the two pages (no save): what a page rendered afresh for its visitor costs.
--   wrk -t2 -c50 -d10s --latency -s bench/wrk/after-save.lua http://127.0.0.1:18085 -- VISITORS_FILE [pages]
local ROADMAP = "/roadmaps/machine-learning-engineer"
local STATUSES = { "done", "in-progress", "skipped", "not-started" }
local visitors = {}
local threads = 0
local n = 0
local pagesOnly = false

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  local i = 0
  for line in io.lines(args[1]) do
    i = i + 1
    -- Each thread its own visitors, so that no two threads save for the same one.
    if i % 2 == id % 2 then
      local cookie, token = line:match("^([^\t]+)\t(.+)$")
      visitors[#visitors + 1] = { cookie = cookie, token = token, step = 1 + (i % 12) }
    end
  end
  pagesOnly = args[2] == "pages"
  math.randomseed(os.time() * 100 + id)
end

local TAG_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

local function newTag()
  local tag = {}
  for i = 1, 16 do
    local c = math.random(#TAG_CHARS)
    tag[i] = TAG_CHARS:sub(c, c)
  end
  return table.concat(tag)
end

function request()
  local phases = pagesOnly and 2 or 3
  local phase = n % phases
  local visitor = visitors[1 + math.floor(n / phases) % #visitors]
  n = n + 1
  local step = ROADMAP .. "/steps/" .. visitor.step
  if not pagesOnly then
    if phase == 0 then
      visitor.tag = newTag()
      local status = STATUSES[math.random(#STATUSES)]
      return wrk.format("POST", step .. "/progress", {
        ["Cookie"] = visitor.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded"
      }, "_csrf=" .. visitor.token .. "&status=" .. status)
    end
    phase = phase - 1
  else
    if phase == 0 then visitor.tag = newTag() end
  end
  local cookie = visitor.cookie:gsub("mlc_saved=[^;]*", "mlc_saved=" .. visitor.tag)
  local path = (phase == 0) and (step .. "?saved=status") or ROADMAP
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
