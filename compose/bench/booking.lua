-- One booking attempt per request: a random bench staff member, a random quarter hour between 08:00 and
-- 15:00 (+01:00) on one of DAYS days from BASE, an hour long, a fresh client. Neighbouring attempts overlap.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("HUSET_BENCH_TOKEN") or "")
local base = tonumber(os.getenv("HUSET_BENCH_BASE"))
local staff = tonumber(os.getenv("HUSET_BENCH_BOOKING_STAFF"))
local days = tonumber(os.getenv("HUSET_BENCH_BOOKING_DAYS"))
math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end
local function at(t) return os.date("!%Y-%m-%dT%H:%M:00+01:00", t) end
function request()
  local start = base + math.random(0, days - 1) * 86400 + 8 * 3600 + math.random(0, 28) * 900
  return wrk.format(nil, nil, nil, string.format(
    '{"type":"INDIVIDUAL","clientId":"%s","staff":["bench.%d"],"start":"%s","end":"%s"}',
    uuid(), math.random(1, staff), at(start), at(start + 3600)))
end
function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "HUSET_RESULT requests=%d seconds=%.2f rps=%.1f avg_ms=%.2f p50_ms=%.2f p99_ms=%.2f socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs, latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout))
end
