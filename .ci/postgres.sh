# Throw-away PostgreSQL clusters on 127.0.0.1 for the tests:
#   start_postgres        trust authentication; exports SSW_TEST_PG_URL
#   start_postgres_scram  checks passwords (scram-sha-256) with a random superuser password,
#                         for the role and grant tests; exports SSW_TEST_PG_SCRAM_URL
# Ports: SSW_TEST_PG_PORT (54329) and SSW_TEST_PG_SCRAM_PORT (54330).
# initdb refuses to run as root, so as root the clusters belong to the 'postgres' user.

# _pg_cluster PORT AUTH PREFIX: starts a cluster; prints "DIR AS BIN PASSWORD" (PASSWORD "-" for
# trust; root when the cluster belongs to the postgres user). Returns 1 when PostgreSQL is not installed.
_pg_cluster() {
  local port=$1 auth=$2 prefix=$3 bindir dir as password pwopt=""
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bindir" ] || return 1
  dir=$(mktemp -d "/tmp/$prefix.XXXXXX")
  password=-
  if [ "$auth" != trust ]; then
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$dir/pw"
    pwopt="--pwfile=$dir/pw"
  fi
  as=""
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$dir"
    as="runuser -u postgres --"
  fi
  $as "$bindir/initdb" -D "$dir/data" -A "$auth" $pwopt -U postgres -E UTF8 >/dev/null
  rm -f "$dir/pw"
  $as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "$dir $([ -n "$as" ] && echo root || echo user) $bindir $password"
}

_pg_stop() {  # _pg_stop DIR root|user BIN
  local dir=$1 as="" bin=$3
  [ "$2" = root ] && as="runuser -u postgres --"
  if [ -n "$dir" ]; then
    $as "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
}

start_postgres() {
  local port=${SSW_TEST_PG_PORT:-54329} out
  if ! out=$(_pg_cluster "$port" trust ssw-pg); then
    echo "PostgreSQL binaries not found: PostgreSQL tests will fail" >&2
    return 0
  fi
  read -r PG_DIR PG_AS PG_BIN _ <<<"$out"
  export SSW_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop_postgres() {
  _pg_stop "${PG_DIR:-}" "${PG_AS:-user}" "${PG_BIN:-}"
}

start_postgres_scram() {
  local port=${SSW_TEST_PG_SCRAM_PORT:-54330} out password
  if ! out=$(_pg_cluster "$port" scram-sha-256 ssw-pgs); then
    echo "PostgreSQL binaries not found: role tests will fail" >&2
    return 0
  fi
  read -r PG_SCRAM_DIR PG_SCRAM_AS PG_SCRAM_BIN password <<<"$out"
  export SSW_TEST_PG_SCRAM_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres"
}

stop_postgres_scram() {
  _pg_stop "${PG_SCRAM_DIR:-}" "${PG_SCRAM_AS:-user}" "${PG_SCRAM_BIN:-}"
}
