-- wrk script for bench/programme-load.sh.
-- With BENCH_COOKIES naming a file of session ids (one a line), each request carries the next
-- session cookie in turn, so the connections act as that many signed-in people rather than one.
-- At the end, one line with throughput, p50/p90/p95/p99 (p95 is not in wrk's --latency table)
-- and errors. Latencies are in microseconds inside wrk.
local sessions = {}
local file = os.getenv("BENCH_COOKIES")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then sessions[#sessions + 1] = line end
  end
end
local turn = 0

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  turn = math.random(1, math.max(#sessions, 1))
end

if #sessions > 0 then
  request = function()
    turn = turn % #sessions + 1
    wrk.headers["Cookie"] = "RANCANG_SESSION=" .. sessions[turn]
    return wrk.format()
  end
end

-- With BENCH_THINK_MS set, each connection pauses about that long (half to one and a half times,
-- at random) before each request: people reading a page, not a closed loop. wrk measures the
-- latency from sending to the answer, so the pause is not counted.
local think = tonumber(os.getenv("BENCH_THINK_MS") or "")
if think and think > 0 then
  delay = function()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT req/s=%.1f p50=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms requests=%d"
      .. " non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1000000),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
