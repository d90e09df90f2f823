# Starts a throw-away PostgreSQL cluster on 127.0.0.1 and exports SSW_TEST_PG_URL.
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user.

start_postgres() {
  local bindir port dir as
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL binaries not found: PostgreSQL tests will fail" >&2
    return 0
  fi
  port=${SSW_TEST_PG_PORT:-54329}
  dir=$(mktemp -d /tmp/ssw-pg.XXXXXX)
  as=""
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    as="runuser -u postgres --"
  fi
  $as "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 >/dev/null
  $as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_DIR=$dir PG_AS=$as PG_BIN=$bindir
  export SSW_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    $PG_AS "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
