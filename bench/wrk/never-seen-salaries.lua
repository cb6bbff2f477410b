-- Salary comparisons at their canonical addresses (the parameters' order and defaults of
-- salary/ComparisonParser): every valid combination of 13 roles, the region sets {in, us,
-- both}, 3 bases and 4 levels (468 in all), walked in turn, the two threads taking every other
-- one, so that each address comes again only after the 467 others. Run it against a page cache
-- too small to remember that many (bench/uncached.sh) and every request is one nobody asked for
-- before, as far as the cache can tell.
--   wrk -t2 -c50 -d10s --latency -s bench/wrk/never-seen-salaries.lua http://127.0.0.1:18085
local roles = { "", "role=ai-product-manager", "role=chief-data-scientist", "role=data-analyst",
  "role=data-scientist", "role=junior-machine-learning-engineer", "role=machine-learning-architect",
  "role=machine-learning-engineering-manager", "role=machine-learning-specialist", "role=research-scientist",
  "role=senior-machine-learning-engineer", "role=software-engineer", "role=technical-director" }
local regions = { "", "regions=in", "regions=us" }
local bases = { "", "basis=market", "basis=ppp" }
local levels = { "", "level=entry", "level=mid", "level=senior" }
local addresses = {}
local threads = 0
local next = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  for _, role in ipairs(roles) do
    for _, region in ipairs(regions) do
      for _, basis in ipairs(bases) do
        for _, level in ipairs(levels) do
          local parts = {}
          for _, part in ipairs({ role, region, basis, level }) do
            if part ~= "" then parts[#parts + 1] = part end
          end
          local query = table.concat(parts, "&")
          addresses[#addresses + 1] = (query == "") and "/salaries" or ("/salaries?" .. query)
        end
      end
    end
  end
  next = id % 2
end

function request()
  local address = addresses[1 + next]
  next = (next + 2) % #addresses
  return wrk.format("GET", address)
end
