# Shared by scripts/replica.sh and scripts/bench-server.sh, sourced after they set PORT, DIR and DATA: a
# PostgreSQL cluster of our own on loopback, beside the machine's server. Running as root, the `postgres`
# OS user owns its files (PostgreSQL refuses to run as root).
PG_BIN=${PG_BIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# SQL on the cluster's postgres database, one value per line.
cluster_sql() { psql -X -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc "$1"; }
running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
# Starts the cluster (logging to $DIR/$1) unless it runs.
start_cluster() {
  if ! running; then as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$DIR/$1" -w -t 60 start >/dev/null; fi
}
# Stops the cluster and deletes its directory; $1 names it in the message.
remove_cluster() {
  if running; then as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop; fi
  rm -rf "$DIR"
  echo "$1: stopped and removed $DIR"
}
