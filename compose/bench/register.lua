-- wrk script for ./huset bench: POST one contact registration per request, as the reception does.
-- The token comes from HUSET_BENCH_TOKEN (POST /api/auth/token as reception.region); every request
-- carries its own Idempotency-Key, like a real client, so none is answered from the idempotency store.
wrk.method = "POST"
wrk.body = '{"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],'
        .. '"reason":"bench","person":{"anonymous":true}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("HUSET_BENCH_TOKEN") or "")

local next_id = 1
function setup(thread)          -- runs once per thread, in the main Lua state
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

local sent = 0
local run = os.getenv("HUSET_BENCH_RUN") or tostring(os.time())
function request()
  sent = sent + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread_id, sent)
  return wrk.format()
end

-- One machine-readable line for bench.sh (times in ms).
function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "HUSET_RESULT requests=%d seconds=%.2f rps=%.1f avg_ms=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
