#!/usr/bin/env bash
# Every menu page through the gateway as each demo account that has it in its menu, and every list API as the
# account that works from it: p50 and p95 of HUSET_BENCH_PAGE_RUNS sequential requests each, against the targets
# (page p95 <= 300 ms, API page p95 <= 100 ms, nothing near the gateway's 1.5 s proxy timeout). The slowest five
# are asked once more while PostgreSQL's auto_explain logs every statement over 10 ms (bench.sh turns it on for the
# bench databases; superuser only), and their plans go into the report, with every sequential scan of a table of
# over 10,000 rows named. Appends its section to compose/bench/REPORT.md.
# Called by bench.sh once the suite is up.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$BENCH_DIR/lib.sh"         # the shared helpers, on what ./huset bench hands over

REPORT="$BENCH_DIR/REPORT.md"
PAGES_OUT="$STATE/bench/pages"
PAGE_RUNS="${HUSET_BENCH_PAGE_RUNS:-20}"
TARGET_PAGE_MS=300 TARGET_API_MS=100 NEAR_TIMEOUT_MS=1000 LARGE_TABLE_ROWS=10000
ACCOUNTS=(reception.region reception.kommun therapist.region therapist.kommun socialworker.kommun housing.kommun
          steering userorg researcher auditor admin)
# The list APIs, each with the account that works from it (first pages: what a worklist opens with).
APIS=(
  "reception.region /api/intake/contacts?status=NEW"
  "reception.kommun /api/intake/contacts"
  "reception.region /api/booking/requests?status=OPEN"
  "reception.kommun /api/booking/requests?status=OPEN"
  "therapist.region /api/followup/follow-ups/due"
  "therapist.kommun /api/followup/alerts"
  "reception.region /api/followup/alerts"
  "socialworker.kommun /api/followup/sips"
  "socialworker.kommun /api/housing/placements"
  "socialworker.kommun /api/housing/alerts"
)

# auto_explain's settings, per bench database: bench.sh calls this between its two starts, so every connection of
# the measured suite has them. Only a superuser may set session_preload_libraries.
plans_on() {
  local p db
  for p in "${PROCESSES[@]}"; do
    db="$(db_of "$(proc_name "$p")")"
    super_sql -c "alter database $db set session_preload_libraries = 'auto_explain'" \
              -c "alter database $db set auto_explain.log_min_duration = '10ms'" \
              -c "alter database $db set auto_explain.log_analyze = on" >/dev/null 2>&1 \
      || { warn "auto_explain could not be set on $db (needs a superuser): the report will have no plans"; return 0; }
  done
}

server_log() {
  case "$PG_KIND" in
    system) pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $7 }' ;;
    embedded) echo "$LOGS/postgres.log" ;;
  esac
}

token_for() {
  local body
  body="$(curl -sS -m 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "http://127.0.0.1:$(gateway_port)/api/auth/token")"
  sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body"
}

# measure KIND ACCOUNT TOKEN PATH -> one line "kind account path p50 p95 max errors" in $PAGES_OUT/results.txt
measure() {
  local kind="$1" account="$2" token="$3" path="$4" url i line errors=0
  url="http://127.0.0.1:$(gateway_port)$path"
  curl -s -o /dev/null -m 5 -H "Authorization: Bearer $token" "$url" || true    # first request: caches, not counted
  : >"$PAGES_OUT/times.txt"
  for (( i = 0; i < PAGE_RUNS; i++ )); do
    line="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -m 5 -H "Authorization: Bearer $token" "$url" || echo "000 5")"
    [[ "${line%% *}" == 2* ]] || errors=$(( errors + 1 ))
    echo "${line#* }" >>"$PAGES_OUT/times.txt"
  done
  sort -g "$PAGES_OUT/times.txt" | awk -v k="$kind" -v a="$account" -v p="$path" -v e="$errors" '
    function pct(q,  i) { i = int(NR * q + 0.999); if (i < 1) i = 1; return v[i] * 1000 }
    { v[NR] = $1 } END { printf "%s %s %s %.1f %.1f %.1f %d\n", k, a, p, pct(0.5), pct(0.95), v[NR] * 1000, e }' \
    >>"$PAGES_OUT/results.txt"
}

# The plans auto_explain logged for one more request of PATH as ACCOUNT: the log's lines between before and after.
plans_of() {
  local account="$1" path="$2" log tz from to
  log="$(server_log)"
  [[ -n "$log" && -r "$log" ]] || { echo "(no server log readable here: plans not collected)"; return; }
  tz="$(super_sql -c 'show log_timezone' 2>/dev/null || echo UTC)"
  from="$(TZ="$tz" date '+%Y-%m-%d %H:%M:%S.%3N')"
  curl -s -o /dev/null -m 5 -H "Authorization: Bearer $(token_for "$account")" "http://127.0.0.1:$(gateway_port)$path" || true
  sleep 0.3
  to="$(TZ="$tz" date '+%Y-%m-%d %H:%M:%S.%3N')"
  tail -n 20000 "$log" | awk -v from="$from" -v to="$to" '
    /^[0-9][0-9][0-9][0-9]-/ { ts = $1 " " $2; inside = (ts >= from && ts <= to && $0 ~ /duration: .* plan:/) }
    inside { print }' | sed 's/^\t//' | head -n 120
}

# The sequential scans in PLANS of tables with over LARGE_TABLE_ROWS rows, looked up in the database DB.
large_seq_scans() {
  local plans="$1" table db rows
  { grep -o 'Seq Scan on [a-z_0-9]*' <<<"$plans" || true; } | awk '{ print $4 }' | sort -u | while read -r table; do
    for db in $({ grep -o '@huset_[a-z_0-9]*' <<<"$plans" || true; } | sort -u | tr -d '@'); do
      rows="$(super_sql -d "$db" -c "select coalesce(max(reltuples), 0)::bigint from pg_class where relname = '$table'" 2>/dev/null || echo 0)"
      if (( ${rows:-0} > LARGE_TABLE_ROWS )); then echo "$table ($rows rows, $db)"; fi
    done
  done | sort -u
}

pages_bench() {
  mkdir -p "$PAGES_OUT"
  curl -fsS -m 5 "http://127.0.0.1:$(gateway_port)/health" >/dev/null 2>&1 \
    || die "the gateway is not answering on port $(gateway_port)" "./huset up, then run this again"
  : >"$PAGES_OUT/results.txt"
  local account token path entry
  for account in "${ACCOUNTS[@]}"; do
    token="$(token_for "$account")"
    [[ -n "$token" ]] || die "no token for the demo account $account" "./huset demo-data"
    step "pages: the menu of $account, $PAGE_RUNS requests per page through the gateway"
    curl -s -m 5 -H "Authorization: Bearer $token" -H 'Accept: text/html' "http://127.0.0.1:$(gateway_port)/" >"$PAGES_OUT/home-$account.html"
    for path in $(grep -o 'class="nav-link" href="[^"]*"' "$PAGES_OUT/home-$account.html" | sed 's/.*href="\([^"]*\)"/\1/' | sort -u); do
      measure page "$account" "$token" "$path"
    done
  done
  step "pages: the list APIs, $PAGE_RUNS requests each"
  for entry in "${APIS[@]}"; do
    account="${entry%% *}" path="${entry#* }"
    measure api "$account" "$(token_for "$account")" "$path"
  done
  write_pages_report
}

write_pages_report() {
  local kind account path p50 p95 max errors target ok slow plans scans
  {
    echo
    echo "## ${PAGES_HEADING:-Pages and list APIs through the gateway}"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'): every menu page of every demo account, as that account, and every list"
    echo "API as the account that works from it, through the gateway (:$(gateway_port)); $PAGE_RUNS sequential requests each"
    echo "after one not counted. Targets: page p95 ≤ $TARGET_PAGE_MS ms, API p95 ≤ $TARGET_API_MS ms, no request ≥ $NEAR_TIMEOUT_MS ms"
    echo "(the gateway answers 503 at 1,500 ms). Data: $(admin_data_note)."
    echo
    echo "| kind | account | path | p50 ms | p95 ms | max ms | errors | target |"
    echo "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
    while read -r kind account path p50 p95 max errors; do
      target=$TARGET_PAGE_MS; [[ "$kind" == api ]] && target=$TARGET_API_MS
      ok="$(awk -v p="$p95" -v t="$target" -v m="$max" -v n="$NEAR_TIMEOUT_MS" -v e="$errors" \
        'BEGIN { print (p <= t && m < n && e == 0) ? "✅ met" : "❌ missed" }')"
      echo "| $kind | $account | \`$path\` | $p50 | $p95 | $max | $errors | $ok |"
    done <"$PAGES_OUT/results.txt"
    echo
    echo "### The slowest five, with the plans PostgreSQL logged for one more request (auto_explain, statements ≥ 10 ms)"
    sort -k5 -g -r "$PAGES_OUT/results.txt" | head -n 5 >"$PAGES_OUT/slowest.txt"
    # read from descriptor 3: curl and psql inside the loop read standard input
    while read -r -u 3 kind account path p50 p95 max errors; do
      plans="$(plans_of "$account" "$path" </dev/null)"
      scans="$(large_seq_scans "$plans")"
      echo
      echo "**\`$path\`** as $account: p95 $p95 ms. Sequential scans of large tables: ${scans:-none}."
      echo
      echo '```'
      echo "${plans:-(no statement of this request took 10 ms or more)}"
      echo '```'
    done 3<"$PAGES_OUT/slowest.txt"
  } | tee -a "$REPORT"
}

# How much data the measured suite holds, so figures from the demo and from county-scale data are not confused.
admin_data_note() {
  local clients contacts
  clients="$(super_sql -d "$(db_of intake)" -c 'select count(*) from client' 2>/dev/null || echo '?')"
  contacts="$(super_sql -d "$(db_of intake)" -c 'select count(*) from contact' 2>/dev/null || echo '?')"
  echo "$clients clients, $contacts contacts in $(db_of intake)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  pages_bench "$@"
fi
