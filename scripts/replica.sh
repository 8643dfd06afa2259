#!/usr/bin/env bash
# A streaming read replica of the local PostgreSQL cluster, for DATABASE_READ_URL and `npm run bench:load
# -- --replica`. `bash scripts/replica.sh` makes one (pg_basebackup -R of the cluster on 127.0.0.1:5432)
# and starts it on 127.0.0.1:5433; run again, it only starts what is stopped. `bash scripts/replica.sh
# stop` stops it and deletes its data directory, so nothing of it stays behind on the primary (no
# replication slot is used: a forgotten slot would keep the primary's WAL forever). `status` says
# where it is. Needs superuser access to the primary over loopback and, running as root, the `postgres`
# OS user to own the replica's files (PostgreSQL refuses to run as root).
set -euo pipefail

PRIMARY_HOST=${REPLICA_PRIMARY_HOST:-127.0.0.1}
PRIMARY_PORT=${REPLICA_PRIMARY_PORT:-5432}
PORT=${REPLICA_PORT:-5433}
DIR=${REPLICA_DIR:-/tmp/customer-hub-replica-$PORT}
DATA=$DIR/data
# shellcheck source=scripts/local-cluster.sh
. "$(dirname "$0")/local-cluster.sh"

case "$PRIMARY_HOST" in 127.0.0.1 | localhost | ::1) ;; *)
  echo "replica.sh sets up a replica of a loopback server only, not $PRIMARY_HOST" >&2
  exit 1
  ;;
esac

primary_sql() { psql -X -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -d postgres -Atc "$1"; }

status() {
  if ! running; then
    echo "replica: not running ($DATA)"
    return 1
  fi
  echo "replica: 127.0.0.1:$PORT, in recovery: $(cluster_sql 'SELECT pg_is_in_recovery()')," \
    "replayed up to $(cluster_sql 'SELECT pg_last_wal_replay_lsn()') (primary at $(primary_sql 'SELECT pg_current_wal_lsn()'))"
  primary_sql "SELECT 'streaming to ' || client_addr || ': ' || state || ', replay lag ' || coalesce(replay_lag::text, '0')
               FROM pg_stat_replication WHERE application_name = 'customer-hub-replica'"
}

stop() { remove_cluster replica; }

# What streaming needs on the primary. wal_level and max_wal_senders take a restart of the primary, which
# this script never does (other work uses it): it stops and says so. A pg_hba.conf line letting loopback
# connect for replication takes only a reload, which it does.
check_primary() {
  local wal_level senders
  wal_level=$(primary_sql 'SHOW wal_level')
  senders=$(primary_sql 'SHOW max_wal_senders')
  if [ "$wal_level" = minimal ] || [ "$senders" -lt 2 ]; then
    echo "The primary needs wal_level=replica and max_wal_senders >= 2 (now $wal_level, $senders)," \
      "which takes a restart of the primary: set them in its postgresql.conf and restart it, then run this again." >&2
    exit 1
  fi
  local rules
  rules=$(primary_sql "SELECT count(*) FROM pg_hba_file_rules
                       WHERE 'replication' = ANY(database) AND (type = 'local' OR address IN ('127.0.0.1', 'samehost', 'all'))")
  if [ "$rules" = 0 ]; then
    local hba
    hba=$(primary_sql 'SHOW hba_file')
    printf '# customer-hub scripts/replica.sh: streaming replicas on loopback\nhost replication all 127.0.0.1/32 trust\n' >>"$hba"
    primary_sql 'SELECT pg_reload_conf()' >/dev/null
    echo "replica: added 'host replication all 127.0.0.1/32 trust' to $hba and reloaded the primary"
  fi
}

create() {
  check_primary
  mkdir -p "$DIR"
  chown postgres:postgres "$DIR" 2>/dev/null || true
  # -R writes standby.signal and primary_conninfo; -X stream copies the WAL written during the backup.
  as_owner "$PG_BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -D "$DATA" -R -X stream -c fast \
    -d "application_name=customer-hub-replica"
  # A hot standby needs these at least as high as the primary's; the rest keeps it small and on loopback.
  as_owner tee "$DATA/postgresql.conf" >/dev/null <<EOF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
hot_standby = on
hot_standby_feedback = on
max_connections = $(primary_sql 'SHOW max_connections')
max_worker_processes = $(primary_sql 'SHOW max_worker_processes')
max_wal_senders = $(primary_sql 'SHOW max_wal_senders')
max_prepared_transactions = $(primary_sql 'SHOW max_prepared_transactions')
max_locks_per_transaction = $(primary_sql 'SHOW max_locks_per_transaction')
shared_buffers = $(primary_sql 'SHOW shared_buffers')
EOF
  as_owner tee "$DATA/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
  rm -f "$DATA/postmaster.pid" "$DATA/postmaster.opts"
}

start() {
  [ -f "$DATA/standby.signal" ] || create
  start_cluster replica.log
  status
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: scripts/replica.sh [start|stop|status]" >&2
    exit 2
    ;;
esac
