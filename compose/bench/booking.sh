#!/usr/bin/env bash
# Booking under contention, part of ./huset bench (bench.sh calls it after the registration bench):
#   (a) POST /api/booking/appointments through the gateway with wrk: every connection books overlapping hours
#       on a handful of staff members, so most attempts collide and are answered 409;
#   (b) pgbench running the SQL statements one booking runs, on booking's database, same connections;
# then counts double bookings straight from the database (must be 0) and appends the result to REPORT.md.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$BENCH_DIR/lib.sh"         # the shared helpers, on what ./huset bench hands over

CONNECTIONS="${HUSET_BENCH_CONNECTIONS:-8}"
THREADS="${HUSET_BENCH_THREADS:-2}"
DURATION="${HUSET_BENCH_DURATION:-20}"
WARMUP="${HUSET_BENCH_WARMUP:-10}"
STAFF="${HUSET_BENCH_BOOKING_STAFF:-4}"     # staff members the connections compete for
DAYS="${HUSET_BENCH_BOOKING_DAYS:-3}"       # days of 08:00-15:00 starts, every quarter hour, an hour long
REPORT="$BENCH_DIR/REPORT.md"
OUT="$STATE/bench"
APPOINTMENTS=/api/booking/appointments

gw() { echo "http://127.0.0.1:$(gateway_port)"; }

token_for() {
  local body t
  body="$(curl -sS -m 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "$(gw)/api/auth/token")" \
    || die "POST /api/auth/token failed" "check ./huset status and ./huset logs gateway"
  t="$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")"
  [[ -n "$t" ]] || die "no token for $1: $body" "are the demo accounts loaded? ./huset demo-data"
  echo "$t"
}

# Calendars for the competing staff: working every day around the clock, so only collisions refuse a booking.
ensure_bench_staff() {
  local admin="$1" prefix="$2" i code hours=""
  for d in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY; do
    hours+="${hours:+,}{\"weekday\":\"$d\",\"starts\":\"00:00\",\"ends\":\"23:59\"}"
  done
  for ((i = 1; i <= STAFF; i++)); do
    code="$(curl -s -o "$OUT/booking-calendar.json" -w '%{http_code}' -m 10 -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $admin" \
      -d "{\"displayName\":\"Bench $i\",\"org\":\"REGION\",\"unit\":\"Bench\",\"reception\":false,\"hours\":[$hours]}" \
      "$(gw)/api/booking/calendars/$prefix.$i")" || true
    [[ "$code" == 200 ]] || die "PUT /api/booking/calendars/$prefix.$i answered $code: $(head -c 300 "$OUT/booking-calendar.json")" \
      "check ./huset logs booking"
  done
}

write_lua() {
  cat >"$OUT/booking.lua" <<'LUA'
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
LUA
}

# What BookingAppointment.book runs for one booking, statement for statement, in one transaction. The slot
# insert says ON CONFLICT DO NOTHING where the service lets the exclusion violation roll the transaction back:
# pgbench aborts a client on any other error, and the constraint is checked (and waited on) the same way.
write_sql() {
  cat >"$OUT/booking.sql" <<'SQL'
\set staff random(1, :staff_count)
\set day random(0, :days - 1)
\set quarter random(0, 28)
\set t0 (:base_day + :day) * 86400 + 25200 + :quarter * 900
BEGIN;
select c.username, c.display_name, c.org, c.unit, c.reception, h.weekday, h.starts, h.ends
  from staff_calendar c left join working_hours h on h.username = c.username
 where c.username = 'pgbench.' || :staff order by c.username, h.weekday, h.starts;
select lower(during), upper(during) from absence
 where username = 'pgbench.' || :staff and during && tstzrange(to_timestamp(:t0), to_timestamp(:t0 + 3600), '[)');
with a as (
  insert into appointment (id, type, status, client_id, staff, room_id, starts_at, ends_at, owner_org, booked_by,
                           booked_at, request_id, series_id, occurrence, capacity)
  values (gen_random_uuid(), 'INDIVIDUAL', 'BOOKED', gen_random_uuid(), array['pgbench.' || :staff], null,
          to_timestamp(:t0), to_timestamp(:t0 + 3600), 'REGION', 'pgbench', now(), null, null, null, null)
  returning id, client_id, staff[1] as staff, starts_at, ends_at)
insert into appointment_slot (appointment_id, resource_kind, resource_key, during)
select a.id, h.k, h.r, tstzrange(a.starts_at, a.ends_at, '[)')
  from a, unnest(array['CLIENT', 'STAFF'], array[a.client_id::text, a.staff]) as h(k, r)
on conflict do nothing;
with chain as (select pg_advisory_xact_lock(79531306472449)),
     lock as (select pg_advisory_xact_lock(79531306472450) from chain)
insert into kit_outbox (type, aggregate_id, payload)
select 'AppointmentBooked', gen_random_uuid()::text,
       '{"type":"INDIVIDUAL","staff":["pgbench"],"ownerOrg":"REGION","start":"2030-01-01T08:00:00Z","end":"2030-01-01T09:00:00Z"}'::jsonb
  from lock;
select pg_advisory_xact_lock(79531306472449);
select hash from kit_audit order by id desc limit 1;
insert into kit_audit (id, at, username, org, roles, client_id, action, resource, basis, outcome, prev_hash, hash)
values (nextval('kit_audit_id_seq'), now(), 'pgbench', 'REGION', 'RECEPTION', gen_random_uuid(), 'BOOK',
        'appointment/pgbench', 'OWNER', 'ALLOWED', 'pgbench', md5(random()::text));
END;
SQL
}

double_bookings() {
  PGPASSWORD="$(secret_get HUSET_BOOKING_DB_PASSWORD)" psql -X -q -t -A -h "$PG_HOST" -p "$PG_PORT" -U huset_booking "$(db_of booking)" -c "
    select count(*) from appointment_slot a join appointment_slot b
      on a.resource_kind = b.resource_kind and a.resource_key = b.resource_key
     and a.appointment_id < b.appointment_id and a.during && b.during
    where a.active and b.active"
}

count_booked() {  # count_booked PREFIX SINCE_EPOCH
  PGPASSWORD="$(secret_get HUSET_BOOKING_DB_PASSWORD)" psql -X -q -t -A -h "$PG_HOST" -p "$PG_PORT" -U huset_booking "$(db_of booking)" -c "
    select count(*) from appointment_slot where resource_kind = 'STAFF' and resource_key like '$1.%'
       and lower(during) >= to_timestamp($2)"
}

booking_main() {
  mkdir -p "$STATE" "$LOGS" "$OUT"
  have wrk || die "wrk is not installed" "apt-get install -y wrk"
  have pgbench || die "pgbench is missing" "apt-get install -y postgresql-client"
  [[ "$(health_code "$(port_of_booking)")" == 200 ]] || die "booking is not running" "./huset up, then ./huset bench"
  local admin; admin="$(token_for admin)"
  ensure_bench_staff "$admin" bench
  ensure_bench_staff "$admin" pgbench
  write_lua
  write_sql
  # a fresh stretch of days far ahead for every run, so each run starts with free calendars
  local base; base=$(( ( $(date +%s) / 86400 + 400 + RANDOM % 5000 ) * 86400 ))
  export HUSET_BENCH_BASE="$base" HUSET_BENCH_BOOKING_STAFF="$STAFF" HUSET_BENCH_BOOKING_DAYS="$DAYS"
  export HUSET_BENCH_TOKEN; HUSET_BENCH_TOKEN="$(token_for reception.region)"

  step "booking: warm-up ${WARMUP}s, then ${DURATION}s at $CONNECTIONS connections ($(gw)$APPOINTMENTS, $STAFF staff, $DAYS days)"
  HUSET_BENCH_BASE=$((base - 86400 * (DAYS + 1))) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/booking.lua" \
    "$(gw)$APPOINTMENTS" >"$OUT/booking-warmup.txt" 2>&1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/booking.lua" "$(gw)$APPOINTMENTS" >"$OUT/booking.txt" 2>&1
  local result; result="$(grep '^HUSET_RESULT' "$OUT/booking.txt")" || die "no result from wrk (output: $OUT/booking.txt)" "read that file"
  local kv; for kv in ${result#HUSET_RESULT }; do printf -v "api_${kv%%=*}" '%s' "${kv#*=}"; done
  local api_booked; api_booked="$(count_booked bench "$base")"

  local password; password="$(secret_get HUSET_BOOKING_DB_PASSWORD)"
  local args=(-n -h "$PG_HOST" -p "$PG_PORT" -U huset_booking -c "$CONNECTIONS" -j "$THREADS" -f "$OUT/booking.sql"
              -D staff_count="$STAFF" -D days="$DAYS" "$(db_of booking)")
  step "booking pgbench: warm-up ${WARMUP}s, then ${DURATION}s at $CONNECTIONS connections"
  PGPASSWORD="$password" pgbench "${args[@]}" -D base_day="$(( base / 86400 - DAYS - 1 ))" -T "$WARMUP" \
    >"$OUT/booking-pgbench-warmup.txt" 2>&1 || die "pgbench failed (output: $OUT/booking-pgbench-warmup.txt)" "read that file"
  PGPASSWORD="$password" pgbench "${args[@]}" -D base_day="$(( base / 86400 ))" -T "$DURATION" >"$OUT/booking-pgbench.txt" 2>&1 \
    || die "pgbench failed (output: $OUT/booking-pgbench.txt)" "read that file"
  local pg_tps; pg_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/booking-pgbench.txt" | head -n1)"
  local pg_booked; pg_booked="$(count_booked pgbench "$base")"
  local doubles; doubles="$(double_bookings)"
  local ratio; ratio="$(awk -v a="${api_rps:-0}" -v b="${pg_tps:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"

  {
    echo
    echo "## Booking under contention"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'): \`POST $APPOINTMENTS\` through the gateway with wrk, $CONNECTIONS connections on"
    echo "$THREADS threads, ${WARMUP} s warm-up then ${DURATION} s measured. Every attempt books an hour at a random quarter hour"
    echo "(08:00–15:00, $DAYS days) with one of $STAFF staff members, so neighbouring attempts overlap and most are refused"
    echo "with 409. pgbench runs the statements one successful booking runs (calendar and absence reads, appointment,"
    echo "slots, outbox event, audit row) on $(db_of booking) as huset_booking with the same connections."
    echo
    echo "| path | attempts/s | bookings made | avg ms | p50 ms | p99 ms | attempts |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    echo "| (a) API through the gateway | ${api_rps:-n/a} | $api_booked | ${api_avg_ms:-n/a} | ${api_p50_ms:-n/a} | ${api_p99_ms:-n/a} | ${api_requests:-n/a} |"
    echo "| (b) pgbench, the same SQL | ${pg_tps:-n/a} | $pg_booked | | | | |"
    echo
    echo "API / pgbench: **$ratio**. Double bookings in the database (overlapping active slots of one resource): **$doubles** (must be 0)."
  } >>"$REPORT"
  tail -n 16 "$REPORT"
  [[ "$doubles" == 0 ]] || die "$doubles double bookings found" "the no_double_booking constraint is missing or disabled"
}

port_of_booking() { local p; for p in "${PROCESSES[@]}"; do [[ "$(proc_name "$p")" == booking ]] && proc_port "$p"; done; }

booking_main "$@"
