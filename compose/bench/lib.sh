# The few helpers the bench scripts share, on what ./huset bench (the Java launcher) hands them in the environment:
# the checkout, the JDK, the PostgreSQL server it chose and the processes with their ports and JVM flags.
ROOT="${HUSET_ROOT:?run the benchmark as ./huset bench}"
STATE="$ROOT/.huset" LOGS="$ROOT/.huset/logs" PIDS="$ROOT/.huset/pids" JAVA="$HUSET_JAVA"
PG_KIND="$HUSET_PG_KIND" PG_HOST="$HUSET_PG_HOST" PG_PORT="$HUSET_PG_PORT" ADMIN_ROLE=huset_admin DEMO_PASSWORD=huset-demo
read -r -a PROCESSES <<<"$HUSET_PROCESSES"
DB_SUFFIX="${HUSET_DB_SUFFIX:-}"
say()  { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
warn() { printf 'huset: warning: %s\n' "$*" >&2; }
die()  { printf '\nhuset: %s\n' "$1" >&2; [[ -n "${2:-}" ]] && printf '  -> %s\n' "$2" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" == 0 ]]; }
now_ms() { date +%s%3N; }
upper() { tr '[:lower:]-' '[:upper:]_' <<<"$1"; }
db_of() { echo "huset_$1$DB_SUFFIX"; }
anchor_file_of() { echo "$STATE/audit-anchors/$(db_of "$1").anchors"; }
proc_name() { echo "${1%%:*}"; }
proc_port() { echo "${1##*:}"; }
port_of() { local p; for p in "${PROCESSES[@]}"; do [[ "$(proc_name "$p")" == "$1" ]] && proc_port "$p"; done; return 0; }
gateway_port() { port_of gateway; }
jvm_flags() { local var; var="HUSET_$(upper "$1")_JVM_FLAGS"; echo "${!var}"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
health_code() { curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/health" 2>/dev/null || true; }
secret_get() { sed -n "s/^$1=//p" "$STATE/secrets.env" | tail -n1; }
admin_psql() {
  PGPASSWORD="$(secret_get HUSET_DB_ADMIN_PASSWORD)" PGCONNECT_TIMEOUT=5 \
    psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$ADMIN_ROLE" -d "${PGDB:-postgres}" "$@"
}
# SQL as the server's superuser where this user can be it (root on the system cluster; the embedded one's admin)
super_sql() {
  case "$PG_KIND" in
    system) ( cd / && runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@" ) ;;
    *) admin_psql "$@" ;;
  esac
}
apt_install() {
  local log="$1"; shift
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
    || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; }; } >"$log" 2>&1
}
# The recorded pid of a process, if it still runs its jar; its start-up time as ./huset up measured it.
running_pid() {
  local pid; pid="$(cat "$PIDS/$1.pid" 2>/dev/null)" || return 1
  ps -p "$pid" -o args= 2>/dev/null | grep -q -- "-jar .*/$1.jar" && echo "$pid"
}
startup_ms() { echo $(( $(cat "$PIDS/$1.ready") - $(cat "$PIDS/$1.started") )); }
all_running() {
  local p; for p in "${PROCESSES[@]}"; do
    running_pid "$(proc_name "$p")" >/dev/null && [[ "$(health_code "$(proc_port "$p")")" == 200 ]] || return 1
  done
}
