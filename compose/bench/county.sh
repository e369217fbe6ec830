#!/usr/bin/env bash
# The county-scale section of ./huset bench (issue 14): the suite on databases of its own (huset_<process>_bench_county),
# `HUSET_DEMO_SCALE=county ./huset up` loads five years of a county of 130,000 inhabitants (every process's
# demo-data --scale county, as ./huset demo-data --scale county does), the load time and the volumes are reported,
# and then every menu page and list API is measured as on the demo data (pages.sh), with the slowest five's plans.
# HUSET_BENCH_COUNTY=0 leaves it out. Sourced by bench.sh after the demo-scale sections.

COUNTY_TARGETS=("clients:15000" "contacts:100000" "appointments:60000" "enrolments:5000" "placements:2000"
                "follow-ups:20000" "audit rows:1000000")

# count DB SQL -> the number, or ? when the table is not there
count_in() { super_sql -d "$1" -c "$2" 2>/dev/null || echo '?'; }

county_volumes() {
  local audit=0 p n
  for p in "${PROCESSES[@]}"; do
    [[ "$(proc_name "$p")" == gateway ]] && continue
    n="$(count_in "$(db_of "$(proc_name "$p")")" 'select count(*) from kit_audit')"
    [[ "$n" =~ ^[0-9]+$ ]] && audit=$(( audit + n ))
  done
  printf '%s\n' \
    "clients $(count_in "$(db_of intake)" 'select count(*) from client')" \
    "contacts $(count_in "$(db_of intake)" 'select count(*) from contact')" \
    "appointments $(count_in "$(db_of booking)" 'select count(*) from appointment')" \
    "enrolments $(count_in "$(db_of programs)" 'select count(*) from enrollment where id in (select enrollment_id from attendance)')" \
    "placements $(count_in "$(db_of housing)" 'select count(*) from placement')" \
    "follow-ups $(count_in "$(db_of followup)" 'select count(*) from follow_up')" \
    "audit_rows $audit"
}

county_bench() {
  [[ "${HUSET_BENCH_COUNTY:-1}" == 0 ]] && { say "county scale left out (HUSET_BENCH_COUNTY=0)"; return 0; }
  step "county scale: the suite on databases of its own, five years of a county's data"
  "$ROOT/huset" down >/dev/null
  drop_bench_databases                       # the demo-scale bench databases are done with
  export HUSET_DB_SUFFIX="${DB_SUFFIX}_county"
  DB_SUFFIX="$HUSET_DB_SUFFIX"
  drop_bench_databases
  local started loaded
  started="$(now_ms)"
  HUSET_DEMO_SCALE=county "$ROOT/huset" up | grep -E '^==> loading|HUSET is up' \
    || die "the suite did not come up with the county data (logs: $LOGS/*-demo-data.log)" "fix the cause shown, then ./huset bench again"
  loaded=$(( ($(now_ms) - started) / 1000 ))
  plans_on
  "$ROOT/huset" down >/dev/null              # new connections, so auto_explain is on in every one
  "$ROOT/huset" up | grep -E 'up on' || true
  mkdir -p "$PAGES_OUT"
  county_volumes >"$PAGES_OUT/county-volumes.txt"
  {
    echo
    echo "## County scale"
    echo
    echo "\`HUSET_DEMO_SCALE=county ./huset up\` on empty databases ($(db_of intake), ...): start-up and every process's"
    echo "\`demo-data --scale county\` took **$loaded s**. What it loaded, against issue 14's minimums:"
    echo
    echo "| what | loaded | at least | |"
    echo "| --- | ---: | ---: | --- |"
    local entry what target got
    for entry in "${COUNTY_TARGETS[@]}"; do
      what="${entry%%:*}" target="${entry#*:}"
      got="$(awk -v w="${what// /_}" '$1 == w { print $2 }' "$PAGES_OUT/county-volumes.txt")"
      echo "| $what | ${got:-?} | $target | $( [[ "$got" =~ ^[0-9]+$ ]] && (( got >= target )) && echo ✅ || echo ❌ ) |"
    done
  } | tee -a "$REPORT"
  PAGES_HEADING="Pages and list APIs through the gateway, county scale" pages_bench
}
