# A PostgreSQL cluster that belongs to Lectern alone: no system-wide database setup needed.
# Sourced, not executed. The server binaries refuse to run as root, so as root the cluster is
# owned by and run as the "postgres" user; as a normal user it simply runs as that user.

LECTERN_PG_BIN=${LECTERN_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

lectern_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# lectern_pg_init DIR: creates the cluster in DIR/data unless it is already there.
lectern_pg_init() {
    local dir=$1
    [ -f "$dir/data/PG_VERSION" ] && return 0
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
    chmod 700 "$dir/data"
    lectern_pg_as_owner "$LECTERN_PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
}

# lectern_pg_start DIR PORT: starts the cluster listening on 127.0.0.1:PORT and a socket in DIR/socket.
lectern_pg_start() {
    local dir=$1 port=$2
    lectern_pg_as_owner "$LECTERN_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${LECTERN_PG_FSYNC:-on}" start >/dev/null \
        || { tail -n 20 "$dir/postgres.log" >&2; return 1; }
}

# lectern_pg_ensure_database DIR PORT NAME: creates database NAME in the cluster unless it exists.
lectern_pg_ensure_database() {
    local dir=$1 port=$2 name=$3
    local exists
    exists=$(lectern_pg_as_owner "$LECTERN_PG_BIN/psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$name'")
    [ "$exists" = "1" ] || lectern_pg_as_owner "$LECTERN_PG_BIN/createdb" -h "$dir/socket" -p "$port" -U postgres "$name"
}

lectern_pg_stop() {
    local dir=$1
    [ -f "$dir/data/postmaster.pid" ] || return 0
    lectern_pg_as_owner "$LECTERN_PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

lectern_pg_is_running() {
    lectern_pg_as_owner "$LECTERN_PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

# Prints a TCP port on 127.0.0.1 that nothing listens on right now.
lectern_free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
}
