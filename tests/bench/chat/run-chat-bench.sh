#!/usr/bin/env bash
# The chat benchmark: chat_load with the same clients, groups and rate against
#   lectern           lectern-server as deployed, on a throwaway PostgreSQL with fsync on: every
#                     message is committed to disk before its sender hears ok, and reaches the
#                     members through LISTEN/NOTIFY
#   lectern_nostore   the same lectern-server with --benchmark-chat-without-storage: the same
#                     WebSocket, JSON, sign-in and membership check (one query per batch), but the
#                     message is neither stored nor sent through PostgreSQL; relayed straight to
#                     the members connected to the instance. The difference to "lectern" is the
#                     price of persistence (and of the cross-instance fan-out that comes with it).
#   node_ws           baseline-relay.js, a broadcast relay on node's ws (installed from npm into
#                     the build tree on first use) that checks and stores nothing
# and prints one table with the ratios against node_ws.
#
#   tests/bench/chat/run-chat-bench.sh [--clients N] [--groups M] [--rate R] [--seconds S]
#       [--load PATH/chat_load] [--server PATH/lectern-server] [--smoke]
# --rate is chat.send per client per second: the default 1,000 clients at 0.05 send 50 messages
# and owe 1,000 deliveries a second; --rate 1 sends 1,000 and owes 20,000.
# --smoke (what CTest runs): 20 clients, 4 groups, 2 s, against lectern-server with and without
# storage; fails unless every message reached every member.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
source "$root/scripts/lib/common.sh"
source "$root/scripts/lib/postgres.sh"

clients=1000 groups=50 rate=0.05 seconds=20 smoke=0
load="$LECTERN_BUILD_DIR/tests/bench/chat/chat_load"
server="$LECTERN_BUILD_DIR/bin/lectern-server"
while [ $# -gt 0 ]; do
    case $1 in
        --clients) clients=$2; shift 2 ;;
        --groups) groups=$2; shift 2 ;;
        --rate) rate=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --load) load=$2; shift 2 ;;
        --server) server=$2; shift 2 ;;
        --smoke) smoke=1 clients=20 groups=4 rate=2 seconds=2; shift ;;
        *) echo "run-chat-bench.sh: unknown argument $1" >&2; exit 1 ;;
    esac
done
# 1,000 connections plus the server's need more descriptors than the usual 1,024.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d -t lectern-chat-bench.XXXXXX)
[ "$(id -u)" -eq 0 ] && chmod 755 "$work"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    lectern_pg_stop "$work/postgres"
    rm -rf "$work"
}
trap cleanup EXIT

wait_for_port() {
    local port=$1 deadline=$((SECONDS + 30))
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || { echo "run-chat-bench.sh: nothing listens on port $port" >&2; return 1; }
        sleep 0.1
    done
}

# run_load NAME URL: runs chat_load, keeps its RESULT line in $work/NAME.result.
run_load() {
    local name=$1 url=$2 status=0
    lectern_log "chat_load against $name"
    "$load" --url "$url" --clients "$clients" --groups "$groups" --rate "$rate" --seconds "$seconds" \
        | tee "$work/$name.out" || status=$?
    grep '^RESULT ' "$work/$name.out" | sed 's/^RESULT //' >"$work/$name.result" || true
    return $status
}

# run_lectern NAME DATABASE_URL [SERVER OPTIONS...]: a lectern-server on the database, chat_load
# against it.
run_lectern() {
    local name=$1 url=$2 status=0
    shift 2
    local port
    port=$(lectern_free_port)
    "$server" --listen "127.0.0.1:$port" --database-url "$url" "$@" >"$work/$name-server.log" 2>&1 &
    server_pid=$!
    wait_for_port "$port" || { cat "$work/$name-server.log" >&2; return 1; }
    run_load "$name" "ws://127.0.0.1:$port/" || status=$?
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
    server_pid=""
    [ $status -eq 0 ] || tail -n 20 "$work/$name-server.log" >&2
    return $status
}

# The relay's ws comes from npm, major version 8, kept in the build tree so later runs need no
# network. Without npm or a network, Debian's node-ws (one of scripts/lib/common.sh's packages)
# stands in, and the table says which ws it was.
node_ws_dir="$(dirname "$load")/node-ws"
node_ws_modules="$node_ws_dir/node_modules"
install_node_ws() {
    [ -f "$node_ws_modules/ws/package.json" ] && return 0
    lectern_log "installing ws from npm into $node_ws_dir"
    mkdir -p "$node_ws_dir"
    if npm install --prefix "$node_ws_dir" --no-save --no-audit --no-fund --loglevel=error ws@8 >&2; then
        return 0
    fi
    [ -f /usr/share/nodejs/ws/package.json ] \
        || { echo "run-chat-bench.sh: could not install ws from npm, and Debian's node-ws is not there either" >&2; return 1; }
    echo "run-chat-bench.sh: could not install ws from npm; using Debian's node-ws instead" >&2
    node_ws_modules=/usr/share/nodejs
}

# The smoke run under scripts/test uses the cluster already running there (a database of its own),
# which is much quicker than making one.
if [ $smoke -eq 1 ] && [ -n "${LECTERN_TEST_DATABASE_URL:-}" ]; then
    database="chat_bench_smoke_$$"
    "$LECTERN_PG_BIN/psql" -q "$LECTERN_TEST_DATABASE_URL" -c "CREATE DATABASE $database"
    status=0
    run_lectern lectern "${LECTERN_TEST_DATABASE_URL%/*}/$database" || status=$?
    run_lectern lectern_nostore "${LECTERN_TEST_DATABASE_URL%/*}/$database" --benchmark-chat-without-storage \
        || status=$?
    "$LECTERN_PG_BIN/psql" -q "$LECTERN_TEST_DATABASE_URL" -c "DROP DATABASE $database"
    exit $status
fi

pg_port=$(lectern_free_port)
lectern_pg_init "$work/postgres"
# fsync on, as a deployed PostgreSQL runs: an acknowledged message is on disk.
LECTERN_PG_FSYNC=on lectern_pg_start "$work/postgres" "$pg_port"
lectern_pg_ensure_database "$work/postgres" "$pg_port" lectern
lectern_pg_ensure_database "$work/postgres" "$pg_port" lectern_nostore

if [ $smoke -eq 1 ]; then
    status=0
    run_lectern lectern "postgresql://postgres@127.0.0.1:$pg_port/lectern" || status=$?
    run_lectern lectern_nostore "postgresql://postgres@127.0.0.1:$pg_port/lectern_nostore" \
        --benchmark-chat-without-storage || status=$?
    exit $status
fi

install_node_ws
statuses=()
run_lectern lectern "postgresql://postgres@127.0.0.1:$pg_port/lectern" || statuses+=("lectern exited $?")
run_lectern lectern_nostore "postgresql://postgres@127.0.0.1:$pg_port/lectern_nostore" \
    --benchmark-chat-without-storage || statuses+=("lectern_nostore exited $?")
relay_port=$(lectern_free_port)
NODE_PATH="$node_ws_modules" node "$here/baseline-relay.js" "$relay_port" >"$work/relay.log" 2>&1 &
server_pid=$!
wait_for_port "$relay_port" || { cat "$work/relay.log" >&2; exit 1; }
run_load node_ws "ws://127.0.0.1:$relay_port/" || statuses+=("node_ws exited $?")
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
server_pid=""

field() { tr ' ' '\n' <"$work/$1.result" | sed -n "s/^$2=//p"; }
echo
echo "chat benchmark: $clients clients, $groups groups, $rate msgs/s per client for $seconds s"
echo "(delivered = to every member of the group, the sender included; ratios against node_ws)"
echo "lectern: stored and committed with fsync before the ok; lectern_nostore: the same server relaying without"
echo "storage (--benchmark-chat-without-storage); node_ws: ws $(node -p "require('$node_ws_modules/ws/package.json').version") relay, no checks, no storage"
printf '%-16s %8s %10s %10s %12s %9s %9s %9s %7s %11s %11s\n' \
    configuration sent expected delivered "delivered/s" "p50 ms" "p99 ms" "max ms" errors "rate ratio" "p99 ratio"
base_rate=$(field node_ws delivered_per_s)
base_p99=$(field node_ws p99_ms)
for name in lectern lectern_nostore node_ws; do
    [ -s "$work/$name.result" ] || { printf '%-16s (no result)\n' "$name"; continue; }
    printf '%-16s %8s %10s %10s %12s %9.1f %9.1f %9.1f %7s %11s %11s\n' "$name" \
        "$(field $name sent)" "$(field $name expected)" "$(field $name delivered)" "$(field $name delivered_per_s)" \
        "$(field $name p50_ms)" "$(field $name p99_ms)" "$(field $name max_ms)" "$(field $name errors)" \
        "$(awk -v a="$(field $name delivered_per_s)" -v b="$base_rate" 'BEGIN { printf "%.2fx", b ? a / b : 0 }')" \
        "$(awk -v a="$(field $name p99_ms)" -v b="$base_p99" 'BEGIN { printf "%.1fx", b ? a / b : 0 }')"
done
echo "registration (argon2id, 16 at a time): lectern $(field lectern register_s) s, lectern_nostore $(field lectern_nostore register_s) s"
for status in "${statuses[@]}"; do echo "incomplete: $status" >&2; done
[ ${#statuses[@]} -eq 0 ]
