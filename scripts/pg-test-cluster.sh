#!/usr/bin/env bash
# A throw-away local PostgreSQL cluster for the Redline PostgreSQL tests.
#
#   scripts/pg-test-cluster.sh start   # create (if needed) and start it; prints the URL
#   scripts/pg-test-cluster.sh url     # prints the URL of the running cluster (exit 1 if none)
#   scripts/pg-test-cluster.sh stop    # stop it and remove its directory
#   scripts/pg-test-cluster.sh start --ref PID / release PID
#                                      # reference counting for test processes: `release` stops
#                                      # the cluster when no live process holds a reference
#
# Finds initdb/pg_ctl on PATH or under /usr/lib/postgresql/*/bin; installs Debian's `postgresql`
# package with apt-get when they are missing (root or sudo needed). The cluster lives in
# ${REDLINE_PG_DIR:-${TMPDIR:-/tmp}/redline-pg-$UID}, listens on 127.0.0.1 only (a free port, no
# Unix socket outside the cluster directory) and trusts every local connection. initdb refuses to
# run as root, so as root the cluster is owned and run by the `postgres` OS user.
set -euo pipefail

DIR="${REDLINE_PG_DIR:-${TMPDIR:-/tmp}/redline-pg-$(id -u)}"
DATA="$DIR/data"
LOG="$DIR/postgres.log"
PORT_FILE="$DIR/port"
DBNAME="redline_test"

find_bin() {
  local name="$1" c
  if c="$(command -v "$name" 2>/dev/null)"; then echo "$c"; return 0; fi
  for c in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$c/$name" ]; then echo "$c/$name"; return 0; fi
  done
  return 1
}

install_pg() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "pg-test-cluster: PostgreSQL binaries missing and not root (no sudo): apt-get install postgresql" >&2
      exit 1
    fi
  fi
  echo "pg-test-cluster: installing Debian postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update >&2
  $sudo apt-get install -y --no-install-recommends postgresql >&2
}

# run a command as the cluster owner (the postgres OS user when we are root)
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
    else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null ||
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

url() {
  echo "postgres://postgres@127.0.0.1:$(cat "$PORT_FILE")/$DBNAME"
}

running() {
  [ -f "$PORT_FILE" ] && [ -f "$DATA/postmaster.pid" ] && as_owner "$PG_CTL" -D "$DATA" status >/dev/null 2>&1
}

resolve_bins() {
  INITDB="$(find_bin initdb || true)"
  PG_CTL="$(find_bin pg_ctl || true)"
  if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
    install_pg
    INITDB="$(find_bin initdb)"
    PG_CTL="$(find_bin pg_ctl)"
  fi
  # psql/createdb live next to pg_ctl (Debian keeps them there; /usr/bin has wrappers)
  BIN="$(dirname "$(readlink -f "$PG_CTL")")"
}

start() {
  resolve_bins
  if [ "$(id -u)" -eq 0 ] && ! getent passwd postgres >/dev/null; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  if running; then url; return 0; fi
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR"; chmod 700 "$DIR"; fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    as_owner "$INITDB" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
      as_owner "$INITDB" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 || {
      cat "$DIR/initdb.log" >&2; exit 1; }
  fi
  local port
  port="$(free_port)"
  # fsync off: a test cluster, speed over durability
  if ! as_owner "$PG_CTL" -D "$DATA" -l "$LOG" -w -t 60 start \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null 9>&-; then
    # (9>&-: the server must not inherit the lock file descriptor, or it would hold the lock)
    tail -n 30 "$LOG" >&2 || true
    exit 1
  fi
  echo "$port" >"$PORT_FILE"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PORT_FILE"
  if ! "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DBNAME'" | grep -q 1; then
    "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $DBNAME" >/dev/null
  fi
  url
}

stop() {
  if [ -d "$DATA" ]; then
    PG_CTL="$(find_bin pg_ctl || true)"
    if [ -n "$PG_CTL" ] && [ -f "$DATA/postmaster.pid" ]; then
      as_owner "$PG_CTL" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  fi
  rm -rf "$DIR"
}

REFS="$DIR.refs"
LOCK="$DIR.lock"

# serialise start/stop/release between concurrent test processes
locked() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOCK"
    flock -w 120 9
  fi
  "$@"
}

add_ref() { mkdir -p "$REFS"; : >"$REFS/$1"; }

release() {
  rm -f "$REFS/$1"
  local f pid
  for f in "$REFS"/*; do
    [ -e "$f" ] || continue
    pid="$(basename "$f")"
    if kill -0 "$pid" 2>/dev/null; then return 0; fi
    rm -f "$f"
  done
  rm -rf "$REFS"
  stop
}

case "${1:-}" in
  start)
    if [ "${2:-}" = "--ref" ] && [ -n "${3:-}" ]; then locked start; add_ref "$3"; else locked start; fi
    ;;
  stop) locked stop; rm -rf "$REFS" ;;
  release) [ -n "${2:-}" ] || { echo "usage: $0 release PID" >&2; exit 2; }; locked release "$2" ;;
  url)
    PG_CTL="$(find_bin pg_ctl || echo pg_ctl)"
    if running; then url; else echo "pg-test-cluster: not running" >&2; exit 1; fi
    ;;
  *) echo "usage: $0 start [--ref PID]|stop|url|release PID" >&2; exit 2 ;;
esac
