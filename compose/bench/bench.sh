#!/usr/bin/env bash
# ./huset bench: contact registration measured three ways at the same concurrency,
#   (a) through the gateway, (b) directly against intake  -- wrk with register.lua
#   (c) pgbench running registration.sql, the SQL one registration runs, on intake's database
#   (d) nginx proxying to the same intake: the reference for what the gateway's hop may cost
# plus each process's start-up time and resident memory. Prints and writes compose/bench/REPORT.md,
# and copies the summary into README.md between the bench markers.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The suite under test runs on its own databases, huset_<process>_bench, made fresh for every run: each run starts
# from the same state, and none of its registrations and bookings reaches the demo data you work with.
export HUSET_DB_SUFFIX="${HUSET_BENCH_DB_SUFFIX:-_bench}"
# shellcheck source=lib.sh
. "$BENCH_DIR/lib.sh"         # the shared helpers, on what ./huset bench hands over
# shellcheck source=pages.sh
. "$BENCH_DIR/pages.sh"       # plans_on and pages_bench (sourcing runs nothing)
# shellcheck source=county.sh
. "$BENCH_DIR/county.sh"      # county_bench

CONNECTIONS="${HUSET_BENCH_CONNECTIONS:-8}"
THREADS="${HUSET_BENCH_THREADS:-2}"
DURATION="${HUSET_BENCH_DURATION:-10}"     # seconds measured per path and round
WARMUP="${HUSET_BENCH_WARMUP:-60}"         # seconds of the same load first, not counted (first round only): the JIT compilers finish
# The machine is shared and noisy: the paths are measured in turn, ROUNDS times (the order reversed every other
# round), and each ratio is the median of the per-round ratios, so background load hits both sides of a ratio alike.
ROUNDS="${HUSET_BENCH_ROUNDS:-4}"
ROUND=1
REPORT="$BENCH_DIR/REPORT.md"
SQL="$BENCH_DIR/registration.sql"
OUT="$STATE/bench"                         # raw tool output of the last run
TARGET_GW_RATIO=0.8 TARGET_PG_RATIO=0.5 TARGET_START_MS=3000 TARGET_RSS_MB=250
CONTACT_PATH=/api/intake/contacts

ensure_wrk() {
  have wrk && return
  if is_root && have apt-get; then
    step "installing wrk (apt-get install -y wrk)"
    apt_install "$LOGS/wrk-install.log" wrk \
      || die "could not install wrk (log: $LOGS/wrk-install.log)" "install it by hand: apt-get install -y wrk"
  else
    die "wrk is not installed" "sudo apt-get install -y wrk (macOS: brew install wrk), then ./huset bench again"
  fi
}

# The suite on fresh bench databases, with start-up times measured with the class-data-sharing archives in place:
# stop the running suite, up on the bench databases (demo data loaded), then down and up once more.
ensure_suite() {
  [[ -n "$DB_SUFFIX" ]] || die "the bench needs its own databases" "unset HUSET_BENCH_DB_SUFFIX (default _bench)"
  if all_running; then SUITE_WAS_UP=1; fi
  step "stopping the suite; the bench runs it on its own databases ($(db_of intake), ...)"
  "$ROOT/huset" down >/dev/null
  drop_bench_databases
  trap finish EXIT
  "$ROOT/huset" up | grep -E '^==>|up on'
  plans_on
  step "restarting the suite to measure start-up: ./huset down && ./huset up"
  "$ROOT/huset" down >/dev/null
  "$ROOT/huset" up | grep -E 'up on'
}

drop_bench_databases() {
  local p
  for p in "${PROCESSES[@]}"; do
    PGOPTIONS="-c client_min_messages=warning" admin_psql -c "drop database if exists $(db_of "$(proc_name "$p")") with (force)" >/dev/null \
      || warn "could not drop $(db_of "$(proc_name "$p")")"
    rm -f "$(anchor_file_of "$(proc_name "$p")")"   # the anchors of a dropped audit log would call the next one broken
  done
  rm -f "$STATE/demo/"*"$DB_SUFFIX@"*
}

# Whatever happened: nginx stopped, the bench suite stopped and its databases dropped, and the suite that was
# running before started again on its own databases.
finish() {
  stop_nginx
  "$ROOT/huset" down >/dev/null 2>&1 || true
  drop_bench_databases
  if [[ -n "${SUITE_WAS_UP:-}" ]]; then
    step "starting your suite again: ./huset up"
    HUSET_DB_SUFFIX="" "$ROOT/huset" up | grep -E 'up on|HUSET is up' || warn "./huset up failed: run it by hand"
  fi
}

token() {
  local body
  body="$(curl -sS -m 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"reception.region\",\"password\":\"$DEMO_PASSWORD\"}" \
    "http://127.0.0.1:$(gateway_port)/api/auth/token")" || die "POST /api/auth/token failed" "check ./huset status and ./huset logs gateway"
  local t; t="$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")"
  [[ -n "$t" ]] || die "no access_token from POST /api/auth/token as reception.region: $body" \
    "are the demo accounts loaded? ./huset demo-data"
  echo "$t"
}

# One registration by hand first: a load test of 4xx answers would measure nothing.
check_registration() {
  local base="$1" code
  code="$(curl -s -o "$OUT/check.json" -w '%{http_code}' -m 10 -X POST \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $HUSET_BENCH_TOKEN" -H "Idempotency-Key: bench-check-$RANDOM$RANDOM" \
    -d '{"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],"reason":"bench","person":{"anonymous":true}}' \
    "$base$CONTACT_PATH")" || true
  [[ "$code" == 201 ]] || die "POST $base$CONTACT_PATH answered $code, not 201: $(head -c 400 "$OUT/check.json" 2>/dev/null)" \
    "fix contact registration first (./huset logs intake), then ./huset bench again"
}

# wrk LABEL BASE_URL -> sets R_<field> variables from register.lua's HUSET_RESULT line
run_wrk() {
  local label="$1" base="$2"
  export HUSET_BENCH_TOKEN; HUSET_BENCH_TOKEN="$(token)"
  export HUSET_BENCH_RUN; HUSET_BENCH_RUN="$label-$(date +%s)"
  check_registration "$base"
  step "round $ROUND/$ROUNDS $label: ${DURATION}s at $CONNECTIONS connections ($base$CONTACT_PATH)"
  if (( ROUND == 1 )); then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/register.lua" "$base$CONTACT_PATH" >"$OUT/$label-warmup.txt" 2>&1
    settle
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH_DIR/register.lua" "$base$CONTACT_PATH" >"$OUT/$label.txt" 2>&1
  parse_result "$label" "$(grep '^HUSET_RESULT' "$OUT/$label.txt")"
}

# parse_result LABEL "HUSET_RESULT k=v ..." -> <LABEL>_<k>=v globals
parse_result() {
  local label="$1" kv
  [[ -n "$2" ]] || die "no result from the $label run (output: $OUT/$label.txt)" "read that file; then ./huset bench again"
  for kv in ${2#HUSET_RESULT }; do printf -v "${label}_${kv%%=*}" '%s' "${kv#*=}"; done
}

# pgbench on intake's database as intake's role (its pool's, huset_intake_app), the same connections and threads.
run_pgbench() {
  if [[ ! -f "$SQL" ]]; then
    warn "$SQL is missing: the pgbench part is skipped. The intake engineer writes there the SQL one registration runs."
    PGBENCH_MISSING=1
    return
  fi
  have pgbench || die "pgbench is missing" "sudo apt-get install -y postgresql-client (it ships pgbench), then ./huset bench again"
  local password; password="$(secret_get HUSET_INTAKE_DB_PASSWORD)"
  local args=(-n -h "$PG_HOST" -p "$PG_PORT" -U huset_intake_app -c "$CONNECTIONS" -j "$THREADS" -f "$SQL" "$(db_of intake)")
  step "round $ROUND/$ROUNDS pgbench: ${DURATION}s at $CONNECTIONS connections ($SQL on $(db_of intake))"
  if (( ROUND == 1 )); then
    PGPASSWORD="$password" pgbench "${args[@]}" -T "$WARMUP" >"$OUT/pgbench-warmup.txt" 2>&1 \
      || die "pgbench failed (output: $OUT/pgbench-warmup.txt)" "fix $SQL so it runs as role huset_intake_app on database $(db_of intake)"
  fi
  rm -f "$OUT"/pgbench_log*
  PGPASSWORD="$password" pgbench "${args[@]}" -T "$DURATION" -l --log-prefix="$OUT/pgbench_log" >"$OUT/pgbench.txt" 2>&1 \
    || die "pgbench failed (output: $OUT/pgbench.txt)" "fix $SQL so it runs as role huset_intake_app on database $(db_of intake)"
  # per-transaction log lines: client_id transaction_no time_us script_no epoch epoch_us
  local stats
  stats="$(cat "$OUT"/pgbench_log* | awk '{ print $3 }' | sort -n | awk '
    function pct(q,  i) { i = int(NR * q + 0.5); if (i < 1) i = 1; return v[i] / 1000 }
    { v[NR] = $1; sum += $1 }
    END { if (NR == 0) exit 1
          printf "requests=%d avg_ms=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f",
                 NR, sum / NR / 1000, pct(0.50), pct(0.90), pct(0.99), v[NR] / 1000 }')" \
    || die "pgbench wrote no transaction log (output: $OUT/pgbench.txt)" "read that file; then ./huset bench again"
  local tps; tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -n1)"
  tps="$(awk -v t="$tps" 'BEGIN { printf "%.1f", t }')"
  local failed; failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench.txt")"
  parse_result pgbench "HUSET_RESULT rps=$tps $stats non2xx=${failed:-0} socket_errors=0"
}

median() { printf '%s\n' "$@" | grep -v '^n/a$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
meets() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { if (v == "n/a" || v == "") { print "n/a"; exit }
  ok = (dir == "min") ? v + 0 >= t + 0 : v + 0 < t + 0; print ok ? "✅ met" : "❌ missed" }'; }

# Start-up time (launch to first /health 200, recorded by ./huset up) and memory, per process.
process_rows() {
  local p name pid start rss hwm
  for p in "${PROCESSES[@]}"; do
    name="$(proc_name "$p")"
    start="n/a"; [[ -f "$PIDS/$name.ready" ]] && start="$(startup_ms "$name")"
    rss="n/a" hwm="n/a"
    if pid="$(running_pid "$name")"; then
      if [[ -r "/proc/$pid/status" ]]; then
        rss="$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")"
        hwm="$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")"
      else
        rss="$(ps -o rss= -p "$pid" | awk '{ printf "%.0f", $1 / 1024 }')"
      fi
    fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$start" "$(meets "$start" "$TARGET_START_MS" max)" \
      "$rss" "$hwm" "$(meets "${hwm/n\/a/$rss}" "$TARGET_RSS_MB" max)"
  done
}

# nginx as a reference proxy: the same requests, the same connections, proxied to the same intake with
# upstream keep-alive, as a mature reverse proxy does it. Its own prefix under .huset/bench/nginx, its own port;
# as root the Debian package is installed when missing, otherwise the reference is left out with a note.
NGINX_PORT="${HUSET_BENCH_NGINX_PORT:-8090}"
NGINX_DIR="$OUT/nginx"
ensure_nginx() {
  have nginx || [[ -x /usr/sbin/nginx ]] && return 0
  if is_root && have apt-get; then
    step "installing nginx for the reference proxy (apt-get install -y nginx)"
    apt_install "$LOGS/nginx-install.log" --no-install-recommends nginx \
      || { warn "could not install nginx (log: $LOGS/nginx-install.log): the nginx reference is left out"; return 1; }
    # the package's own service is not wanted: only the bench's instance below runs
    { systemctl disable --now nginx || service nginx stop || /usr/sbin/nginx -s stop; } >/dev/null 2>&1 || true
  else
    warn "nginx is not installed: the nginx reference is left out (sudo apt-get install -y nginx, then ./huset bench again)"
    return 1
  fi
}

start_nginx() {
  local bin; bin="$(command -v nginx || echo /usr/sbin/nginx)"
  mkdir -p "$NGINX_DIR/tmp"
  port_open "$NGINX_PORT" && { warn "port $NGINX_PORT is taken: the nginx reference is left out (HUSET_BENCH_NGINX_PORT=... picks another)"; return 1; }
  cat >"$NGINX_DIR/nginx.conf" <<NGINX
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
$(is_root && echo "user root;")
events { worker_connections 1024; }
http {
  # one line per request, as the gateway logs one per proxied request
  access_log $NGINX_DIR/access.log;
  client_body_temp_path $NGINX_DIR/tmp/body;
  proxy_temp_path $NGINX_DIR/tmp/proxy;
  fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
  uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
  scgi_temp_path $NGINX_DIR/tmp/scgi;
  upstream intake { server 127.0.0.1:$(port_of intake); keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://intake;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_connect_timeout 1s;
      proxy_read_timeout 5s;
    }
  }
}
NGINX
  "$bin" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" \
    || { warn "nginx did not start (see $NGINX_DIR/error.log): the nginx reference is left out"; return 1; }
  NGINX_RUNNING=1
}

nginx_version() { { command -v nginx >/dev/null && nginx -v 2>&1 || /usr/sbin/nginx -v 2>&1; } | sed 's/^nginx version: //' || echo "not installed"; }

stop_nginx() {
  [[ -n "${NGINX_RUNNING:-}" && -f "$NGINX_DIR/nginx.pid" ]] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
  NGINX_RUNNING=
}

# The writes of one path leave work behind: every registration is an event that the feed consumers (followup's
# contact episodes, the replicas) still have to read. Measured on top of that catch-up, a path pays for the one
# before it, so before each path the bench waits until every consumer is caught up (huset_feed_lag 0), at most 180 s.
settle() {
  local p lag deadline=$(( $(date +%s) + 180 ))
  while :; do
    lag=0
    for p in "${PROCESSES[@]}"; do
      lag=$(( lag + $(curl -s -m 2 "http://127.0.0.1:$(proc_port "$p")/prometheus" \
        | awk '/^huset_feed_lag/ { s += $NF } END { printf "%d", s }') ))
    done
    (( lag == 0 )) && return 0
    if (( $(date +%s) >= deadline )); then
      warn "the feed consumers are still $lag events behind after 180 s; measuring anyway"
      return 0
    fi
    sleep 1
  done
}

load_row() {   # load_row LABEL "what"
  local l="$1" ok
  local rps="${l}_rps" avg="${l}_avg_ms" p50="${l}_p50_ms" p99="${l}_p99_ms" n="${l}_requests" bad="${l}_non2xx" sock="${l}_socket_errors"
  ok="$(( ${!bad:-0} + ${!sock:-0} ))"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$2" "${!rps:-n/a}" "${!avg:-n/a}" "${!p50:-n/a}" "${!p99:-n/a}" "${!n:-n/a}" "$ok"
}

write_report() {
  local gw_ratio pg_ratio nginx_ratio gw_nginx_ratio java_version
  gw_ratio="$(median "${GW_RATIOS[@]}")"
  nginx_ratio="$(median "${NGINX_RATIOS[@]}")" gw_nginx_ratio="$(median "${GW_NGINX_RATIOS[@]}")"
  pg_ratio="n/a"; [[ -z "${PGBENCH_MISSING:-}" ]] && pg_ratio="$(median "${PG_RATIOS[@]}")"
  java_version="$("$JAVA" -version 2>&1 | head -n1)"
  {
    echo "# Benchmark: contact registration"
    echo
    echo "Run by \`./huset bench\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc 2>/dev/null || echo '?') cores ($(uname -m)), $java_version, PostgreSQL on $PG_HOST:$PG_PORT ($PG_KIND)."
    echo "Load: \`POST $CONTACT_PATH\` (anonymous PHONE self-application, own Idempotency-Key per request) with wrk,"
    echo "$CONNECTIONS connections on $THREADS threads, ${WARMUP} s warm-up then ${DURATION} s measured; pgbench runs"
    echo "\`compose/bench/registration.sql\` as role huset_intake on database $(db_of intake) with the same connections;"
    echo "nginx ($(nginx_version)) proxies the same requests to the same intake with upstream keep-alive and an access log."
    echo "The paths are measured in turn, $ROUNDS rounds, the order reversed every other round; each ratio is the median of"
    echo "the per-round ratios (gateway/direct per round: ${GW_RATIOS[*]}; direct/pgbench: ${PG_RATIOS[*]:-n/a};"
    echo "nginx/direct: ${NGINX_RATIOS[*]:-n/a}). The table shows the last round. Before each path (and after each warm-up)"
    echo "the bench waits until every feed consumer has read the events the writes before produced (huset_feed_lag 0)."
    echo "Load generator, services and database share the machine's cores."
    echo
    echo "<!-- bench-summary:begin -->"
    echo "| path | requests/s | avg ms | p50 ms | p99 ms | requests | errors |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    load_row gateway "(a) through the gateway :$(gateway_port)"
    load_row direct "(b) directly to intake :$(port_of intake)"
    if [[ -n "${PGBENCH_MISSING:-}" ]]; then
      echo "| (c) pgbench, registration.sql | n/a: compose/bench/registration.sql missing | | | | | |"
    else
      load_row pgbench "(c) pgbench, registration.sql"
    fi
    if [[ ${#NGINX_RATIOS[@]} -gt 0 ]]; then
      load_row nginx "(d) through nginx :$NGINX_PORT (reference proxy)"
    else
      echo "| (d) through nginx (reference proxy) | n/a: nginx not available | | | | | |"
    fi
    echo
    echo "| ratio | value | target | |"
    echo "| --- | ---: | ---: | --- |"
    echo "| gateway / direct | $gw_ratio | ≥ $TARGET_GW_RATIO | $(meets "$gw_ratio" "$TARGET_GW_RATIO" min) |"
    echo "| direct / pgbench | $pg_ratio | ≥ $TARGET_PG_RATIO | $(meets "$pg_ratio" "$TARGET_PG_RATIO" min) |"
    echo "| nginx / direct (reference proxy) | $nginx_ratio | | |"
    echo "| gateway / nginx | $gw_nginx_ratio | | |"
    echo
    echo "| process | start-up ms | < $TARGET_START_MS ms | RSS MB now | RSS MB peak | < $TARGET_RSS_MB MB |"
    echo "| --- | ---: | --- | ---: | ---: | --- |"
    process_rows
    echo "<!-- bench-summary:end -->"
    echo
    echo "Start-up: from launch to the first 200 on \`/health\`, as recorded by the \`./huset up\` that started the"
    echo "process (one process at a time, flags \`$(jvm_flags intake)\`, the gateway without the C1 limit, plus the process's class-data-sharing archive"
    echo "on JDK 19+, which \`./huset up\` writes with a training start right after a build). RSS from \`/proc/<pid>/status\`"
    echo "(VmRSS now, VmHWM peak) after the load. Errors: non-2xx answers plus socket errors (wrk), failed transactions (pgbench)."
    echo "Raw output of the last run: \`.huset/bench/\`."
  } >"$REPORT"
  cat "$REPORT"
}

# Copy the summary table into README.md between <!-- bench:begin --> and <!-- bench:end -->.
update_readme() {
  local readme="$ROOT/README.md"
  grep -q '<!-- bench:begin -->' "$readme" 2>/dev/null || return 0
  local summary; summary="$(sed -n '/<!-- bench-summary:begin -->/,/<!-- bench-summary:end -->/p' "$REPORT" | sed '1d;$d')"
  awk -v summary="$summary" -v when="$(date -u '+%Y-%m-%d %H:%M UTC')" '
    /<!-- bench:begin -->/ { print; print "Latest run (" when "), full report in [compose/bench/REPORT.md](compose/bench/REPORT.md):"; print ""; print summary; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
}

bench_main() {
  mkdir -p "$STATE" "$LOGS" "$PIDS" "$OUT"
  ensure_wrk
  ensure_suite
  GW_RATIOS=() PG_RATIOS=() NGINX_RATIOS=() GW_NGINX_RATIOS=()
  ensure_nginx && start_nginx || true
  local paths
  for (( ROUND = 1; ROUND <= ROUNDS; ROUND++ )); do
    # the order turns round every other round, so a slow drift (table growth, a checkpoint) favours no path
    paths=(gateway direct ${NGINX_RUNNING:+nginx} pgbench)
    (( ROUND % 2 == 0 )) && paths=(pgbench ${NGINX_RUNNING:+nginx} direct gateway)
    for path in "${paths[@]}"; do
      settle
      case "$path" in
        gateway) run_wrk gateway "http://127.0.0.1:$(gateway_port)" ;;
        direct)  run_wrk direct "http://127.0.0.1:$(port_of intake)" ;;
        nginx)   run_wrk nginx "http://127.0.0.1:$NGINX_PORT" ;;
        pgbench) run_pgbench ;;
      esac
    done
    GW_RATIOS+=("$(ratio "${gateway_rps:-0}" "${direct_rps:-0}")")
    [[ -z "${PGBENCH_MISSING:-}" ]] && PG_RATIOS+=("$(ratio "${direct_rps:-0}" "${pgbench_rps:-0}")")
    if [[ -n "${NGINX_RUNNING:-}" ]]; then
      NGINX_RATIOS+=("$(ratio "${nginx_rps:-0}" "${direct_rps:-0}")")
      GW_NGINX_RATIOS+=("$(ratio "${gateway_rps:-0}" "${nginx_rps:-0}")")
    fi
  done
  ROUND=$ROUNDS
  stop_nginx
  say ""
  write_report
  "$BENCH_DIR/rollout.sh" || warn "the rollout dashboard bench did not run (see above); the rest of the report stands"
  update_readme
  "$BENCH_DIR/booking.sh"
  pages_bench
  county_bench
  say ""
  say "written: $REPORT (README.md's Benchmarks section updated)"
}

bench_main "$@"
