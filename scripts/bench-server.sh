#!/usr/bin/env bash
# A private PostgreSQL cluster set up for bulk loads, for `npm run bench:import` against a server sized
# as the README's "PostgreSQL for large imports" says, without touching the machine's shared server.
# `bash scripts/bench-server.sh` makes one (initdb) on 127.0.0.1:5434 with its bench database and starts
# it; run again, it only starts what is stopped. `stop` stops it and deletes its data directory; `status`
# says where it is. Then:
#   DATABASE_URL=postgresql://postgres@127.0.0.1:5434/chub_bench_import npm run bench:import
set -euo pipefail

PORT=${BENCH_SERVER_PORT:-5434}
DIR=${BENCH_SERVER_DIR:-/tmp/customer-hub-bench-$PORT}
DATA=$DIR/data
# shellcheck source=scripts/local-cluster.sh
. "$(dirname "$0")/local-cluster.sh"

status() {
  if ! running; then
    echo "bench server: not running ($DATA)"
    return 1
  fi
  echo "bench server: postgresql://postgres@127.0.0.1:$PORT/chub_bench_import" \
    "($(cluster_sql "SELECT string_agg(name || ' ' || current_setting(name), ', ') FROM unnest(
       array['shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'wal_compression']) AS name"))"
}

stop() { remove_cluster "bench server"; }

create() {
  mkdir -p "$DIR"
  chown postgres:postgres "$DIR" 2>/dev/null || true
  as_owner "$PG_BIN/initdb" -D "$DATA" -A trust -U postgres >/dev/null
  # What a bulk load needs (measured: README, "PostgreSQL for large imports"): checkpoints far apart, as
  # each one makes the next change to every index page write the whole page to the WAL; those page images
  # compressed; a buffer cache that holds the indexes a million customers have. Autovacuum stays off, as
  # on the shared server, so the two compare on these settings alone.
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
shared_buffers = 4GB
effective_cache_size = 12GB
maintenance_work_mem = 512MB
max_wal_size = 16GB
min_wal_size = 1GB
checkpoint_timeout = 30min
checkpoint_completion_target = 0.9
wal_compression = on
wal_buffers = 64MB
autovacuum = off
EOF
}

start() {
  [ -f "$DATA/PG_VERSION" ] || create
  start_cluster server.log
  if [ -z "$(cluster_sql "SELECT 1 FROM pg_database WHERE datname = 'chub_bench_import'")" ]; then
    cluster_sql "CREATE DATABASE chub_bench_import" >/dev/null
  fi
  status
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: scripts/bench-server.sh [start|stop|status]" >&2
    exit 2
    ;;
esac
