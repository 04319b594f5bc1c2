-- wrk script: POST /v1/disclosure-checks on random seeded interactions.
-- env: CPNI_BENCH_KEY (API key), CPNI_BENCH_IDS (file with one interaction id a line)
local ids = {}
for line in io.lines(os.getenv("CPNI_BENCH_IDS")) do ids[#ids + 1] = line end
local key = os.getenv("CPNI_BENCH_KEY")
wrk.method = "POST"
wrk.path = "/v1/disclosure-checks"
wrk.headers["Authorization"] = "Bearer " .. key
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())
request = function()
  local body = '{"interaction_id":"' .. ids[math.random(#ids)] ..
    '","information":"call_detail","release":"discuss_in_interaction"}'
  return wrk.format(nil, nil, nil, body)
end
