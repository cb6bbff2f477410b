-- A search nobody asked for before, on every request: two words of the content and the
-- beginning of a third (bench/wrk/search-words.txt, words of the content migrations), at
-- their canonical address (/search?q=a+b+c).
--   wrk -t2 -c50 -d10s --latency -s bench/wrk/never-seen-search.lua http://127.0.0.1:18085 [-- WORDS_FILE]
local words = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  local file = args[1] or "bench/wrk/search-words.txt"
  for line in io.lines(file) do
    if #line > 0 then words[#words + 1] = line end
  end
  math.randomseed(os.time() * 100 + id)
end

local function word()
  return words[math.random(#words)]
end

function request()
  local third = word()
  local query = word() .. "+" .. word() .. "+" .. third:sub(1, math.random(3, #third))
  return wrk.format("GET", "/search?q=" .. query)
end
