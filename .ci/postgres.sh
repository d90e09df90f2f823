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

# A second cluster that checks passwords (scram-sha-256, not trust), for the role and grant
# tests: exports SSW_TEST_PG_SCRAM_URL with a random superuser password.
start_postgres_scram() {
  local bindir port dir as password
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL binaries not found: role tests will fail" >&2
    return 0
  fi
  port=${SSW_TEST_PG_SCRAM_PORT:-54330}
  dir=$(mktemp -d /tmp/ssw-pgs.XXXXXX)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$dir/pw"
  as=""
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$dir"
    as="runuser -u postgres --"
  fi
  $as "$bindir/initdb" -D "$dir/data" -A scram-sha-256 --pwfile="$dir/pw" -U postgres \
    -E UTF8 >/dev/null
  rm -f "$dir/pw"
  $as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_SCRAM_DIR=$dir PG_SCRAM_AS=$as PG_SCRAM_BIN=$bindir
  export SSW_TEST_PG_SCRAM_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres"
}

stop_postgres_scram() {
  if [ -n "${PG_SCRAM_DIR:-}" ]; then
    $PG_SCRAM_AS "$PG_SCRAM_BIN/pg_ctl" -D "$PG_SCRAM_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_SCRAM_DIR"
  fi
}
