#!/usr/bin/env bash
# Installs, starts and stops the local Waline server (@waline/vercel from npm, SQLite) that Parley's tests use.
# Usage: waline.sh install|start|stop|sql "<query>" [params…]. Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

HERE="$ROOT/scripts/backends/waline"
DIR="$STATE/waline"
PORT="${PARLEY_WALINE_PORT:-8782}"
URL="http://127.0.0.1:$PORT"

install() {
  mkdir -p "$DIR"
  if [ ! -f "$HERE/node_modules/@waline/vercel/package.json" ] || ! (cd "$HERE" && node -e "require('sqlite3')") 2>/dev/null; then
    log "installing @waline/vercel (its SQLite driver compiles from source: a few minutes)"
    # sqlite3's prebuilt binary is fetched from outside npm; without it, node-gyp builds it and needs these.
    command -v python3 >/dev/null && command -v make >/dev/null && command -v g++ >/dev/null || apt_install python3 make g++
    (cd "$HERE" && npm ci --no-audit --no-fund --foreground-scripts >"$DIR/npm.log" 2>&1) || { log "npm ci failed; see $DIR/npm.log"; return 1; }
    (cd "$HERE" && node -e "require('sqlite3')") 2>/dev/null || (cd "$HERE" && npm rebuild sqlite3 >>"$DIR/npm.log" 2>&1)
  fi
  node "$HERE/init-db.cjs" "$DIR/data"
  log "Waline installed"
}

start() {
  command -v curl >/dev/null || apt_install curl
  [ -f "$DIR/data/waline.sqlite" ] || install
  if ! is_running "$DIR/waline.pid"; then
    PARLEY_WALINE_PORT="$PORT" PARLEY_WALINE_DATA="$DIR/data" start_bg "$DIR/waline.pid" "$DIR/waline.log" node "$HERE/server.cjs"
  fi
  wait_http "$URL/api/comment?path=/&type=count" 150
  printf '{"url":"%s","api":"%s"}\n' "$URL" "$URL" >"$DIR/env.json"
  log "Waline running at $URL"
}

stop() {
  stop_pidfile "$DIR/waline.pid"
  log "Waline stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  sql) shift; node "$HERE/query.cjs" "$DIR/data" "$@" ;;
  *) echo "usage: $0 install|start|stop|sql <query> [params…]" >&2; exit 2 ;;
esac
