-- wrk script for bench/soak.sh: each request takes the next route of the mix (every route
-- answers 200 on the seeds graph; soak.sh checks that first).
local paths = {
  "/api/graph",
  "/api/stats",
  "/api/search?q=deep",
  "/api/search?q=mo&limit=20",
  "/api/entity?name=DeepSeek",
  "/api/entity?name=Moonshot%20AI",
  "/api/neighbours?name=DeepSeek&depth=2",
  "/api/neighbours?name=China&direction=in&type=company&relation=based-in",
  "/api/path?from=Moonshot%20AI&to=OpenAI",
  "/api/export?format=graphml",
  "/api/export?format=json",
  "/",
  "/app.js",
}
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
