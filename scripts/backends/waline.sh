#!/usr/bin/env bash
# Installs, starts and stops the local Waline server (@waline/vercel from npm, storing into the tests' MariaDB)
# that Parley's tests use.
# Usage: waline.sh install|start|stop|sql "<query>" [params…]. Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

HERE="$ROOT/scripts/backends/waline"
DIR="$STATE/waline"
PORT="${PARLEY_WALINE_PORT:-8782}"
URL="http://127.0.0.1:$PORT"
source "$ROOT/scripts/backends/mariadb.sh"
export PARLEY_DB_SOCKET="$DB_SOCKET" PARLEY_DB_PORT="$DB_PORT" PARLEY_DB_PASSWORD="$DB_PASSWORD"

install() {
  mkdir -p "$DIR"
  if [ ! -f "$HERE/node_modules/@waline/vercel/package.json" ]; then
    log "installing @waline/vercel"
    # No install scripts: the only one that matters builds the SQLite driver, which MariaDB storage does not use.
    (cd "$HERE" && npm ci --ignore-scripts --no-audit --no-fund >"$DIR/npm.log" 2>&1) || { log "npm ci failed; see $DIR/npm.log"; return 1; }
  fi
  db_start
  db_create waline
  db_sql waline <"$HERE/init-db.sql"
  touch "$DIR/installed"
  log "Waline installed"
}

start() {
  command -v curl >/dev/null || apt_install curl
  if [ -f "$DIR/installed" ] && [ -d "$DB_DIR/data/waline" ]; then db_start; else install; fi
  if ! is_running "$DIR/waline.pid"; then
    PARLEY_WALINE_PORT="$PORT" start_bg "$DIR/waline.pid" "$DIR/waline.log" node "$HERE/server.cjs"
  fi
  wait_http "$URL/api/comment?path=/&type=count" 150
  printf '{"url":"%s","api":"%s"}\n' "$URL" "$URL" >"$DIR/env.json"
  log "Waline running at $URL"
}

stop() {
  stop_pidfile "$DIR/waline.pid"
  db_stop_if_unused
  log "Waline stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  sql) shift; node "$HERE/query.cjs" "$@" ;;
  *) echo "usage: $0 install|start|stop|sql <query> [params…]" >&2; exit 2 ;;
esac
