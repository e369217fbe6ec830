#!/usr/bin/env bash
# Rollout dashboard render time with the demo data, against the dashboard's KPI queries run directly in SQL
# (psql \timing as huset_rollout on huset_rollout). Prints a section and appends it to compose/bench/REPORT.md.
# Called by bench.sh once the suite is up.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$BENCH_DIR/lib.sh"         # the shared helpers, on what ./huset bench hands over

REPORT="$BENCH_DIR/REPORT.md"
OUT="$STATE/bench"
RUNS="${HUSET_BENCH_ROLLOUT_RUNS:-20}"
TARGET_RENDER_MS=1000

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The same SQL as KpiRepository.LATEST and KpiRepository.WEEKLY (26 weeks): keep them in step.
KPI_SQL="
select k.code, k.position, k.title, k.unit, k.source, k.field, k.target, k.better, k.reference,
       k.reference_note, k.milestone, p.collected_at, p.source, p.value, p.target, p.n, p.suppressed
from kpi k left join lateral (
    select collected_at, source, value, target, n, suppressed from kpi_point
    where kpi = k.code order by collected_at desc limit 1) p on true
order by k.position;
select kpi, collected_at, source, value, target, n, suppressed from kpi_week
where collected_at >= now() - interval '182 days' order by kpi, week_start;"

rollout_bench() {
  mkdir -p "$OUT"
  local port; port="$(port_of rollout)"
  [[ -n "$port" ]] || die "rollout is not in ./huset's PROCESSES" "add \"rollout:8086\" there"
  curl -fsS -m 5 "http://127.0.0.1:$port/health" >/dev/null 2>&1 \
    || die "rollout is not answering on port $port" "./huset up (and ./huset demo-data), then run this again"
  [[ -n "$PG_PORT" ]] || die "no database settings from ./huset up" "./huset up first"

  local body token
  body="$(curl -sS -m 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"steering\",\"password\":\"$DEMO_PASSWORD\"}" "http://127.0.0.1:$(gateway_port)/api/auth/token")"
  token="$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")"
  [[ -n "$token" ]] || die "no token for the demo account steering: $body" "./huset demo-data"

  step "rollout: dashboard GET /rollout $RUNS times (direct to rollout, as steering)"
  local code; code="$(curl -s -o "$OUT/rollout-dashboard.html" -w '%{http_code}' -m 10 -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/rollout")"
  [[ "$code" == 200 ]] || die "GET /rollout answered $code" "./huset logs rollout"
  : >"$OUT/rollout-render.txt"
  for (( i = 0; i < RUNS; i++ )); do
    curl -s -o /dev/null -w '%{time_total}\n' -m 10 -H "Authorization: Bearer $token" "http://127.0.0.1:$port/rollout" \
      | awk '{ printf "%.2f\n", $1 * 1000 }' >>"$OUT/rollout-render.txt"
  done
  local render_ms; render_ms="$(median <"$OUT/rollout-render.txt")"

  step "rollout: the dashboard's KPI queries in psql, $RUNS times (\\timing, huset_rollout)"
  local password; password="$(secret_get HUSET_ROLLOUT_DB_PASSWORD)"
  { echo '\timing on'; for (( i = 0; i < RUNS; i++ )); do echo "$KPI_SQL"; done; } \
    | PGPASSWORD="$password" psql -X -q -o /dev/null -h "$PG_HOST" -p "$PG_PORT" -U huset_rollout -d "$(db_of rollout)" \
      >"$OUT/rollout-sql.txt" 2>&1 || die "psql failed (output: $OUT/rollout-sql.txt)" "check the rollout database"
  # two statements per run: sum each pair
  local sql_ms; sql_ms="$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$OUT/rollout-sql.txt" \
    | awk 'NR % 2 { a = $1; next } { printf "%.2f\n", a + $1 }' | median)"
  local points; points="$(PGPASSWORD="$password" psql -X -A -t -h "$PG_HOST" -p "$PG_PORT" -U huset_rollout -d "$(db_of rollout)" \
    -c 'select count(*) from kpi_point')"
  local ratio; ratio="$(awk -v a="$render_ms" -v b="$sql_ms" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }')"
  local met; met="$(awk -v v="$render_ms" -v t="$TARGET_RENDER_MS" 'BEGIN { print (v + 0 < t + 0) ? "✅ met" : "❌ missed" }')"

  local section
  section="$(cat <<MD

## Rollout dashboard ($(date -u '+%Y-%m-%d %H:%M UTC'))

Median of $RUNS runs. The page is \`GET /rollout\` direct to rollout as \`steering\` (timeline, KPIs with trends,
action plans, training, costs), against the dashboard's two KPI queries (newest point per KPI, weekly trend from kpi_week)
run in psql as huset_rollout on $(db_of rollout); $points KPI points in the table.

| measure | median ms | target |
| --- | --- | --- |
| dashboard render | $render_ms | < $TARGET_RENDER_MS ms: $met |
| KPI queries in SQL | $sql_ms | |
| ratio render / SQL | $ratio | |
MD
)"
  printf '%s\n' "$section"
  printf '%s\n' "$section" >>"$REPORT"
}

rollout_bench "$@"
