#!/usr/bin/env bash
# Installs, starts and stops the local WordPress (Debian packages, the tests' MariaDB on a unix socket) that Parley's tests use.
# Usage: wordpress.sh install|start|stop|sql "<query>". Idempotent; needs root on Debian.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

HERE="$ROOT/scripts/backends/wordpress"
DIR="$STATE/wordpress"
PORT="${PARLEY_WP_PORT:-8781}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
CONFIG="/etc/wordpress/config-$HOST.php"
source "$ROOT/scripts/backends/mariadb.sh"

write_config() {
  mkdir -p "$DIR/mu-plugins" /etc/wordpress
  cp "$HERE/parley-anonymous-comments.php" "$HERE/parley-test-site.php" "$DIR/mu-plugins/"
  # A folder, so WordPress does not load it as a plugin: the theme file the tests render the post with.
  mkdir -p "$DIR/mu-plugins/parley-theme" && cp "$HERE/theme/comments.php" "$DIR/mu-plugins/parley-theme/"
  cat >"$CONFIG" <<PHP
<?php
// Local WordPress for Parley's tests: database on a unix socket, test mu-plugins.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$DB_SOCKET');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
define('WPMU_PLUGIN_DIR', '$DIR/mu-plugins');
define('WP_ALLOW_MULTISITE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP
}

start_web() {
  if ! is_running "$DIR/php.pid"; then
    start_bg "$DIR/php.pid" "$DIR/php.log" \
      php -S "$HOST:$PORT" -t /usr/share/wordpress "$HERE/router.php"
  fi
  wait_http "$URL/wp-login.php"
}

is_installed_here() { [ -f "$CONFIG" ] && [ -d "$DB_DIR/data/wordpress" ]; }
is_installed() { [ "$(db_sql wordpress -e "SELECT COUNT(*) FROM wp_options WHERE option_name='siteurl'" 2>/dev/null)" = 1 ]; }

install() {
  apt_install wordpress php-cli php-mysql curl
  mkdir -p "$DIR"
  db_start
  db_create wordpress
  write_config
  start_web
  if ! is_installed; then
    log "running the WordPress installer"
    curl -s -o "$DIR/install.html" --max-time 120 "$URL/wp-admin/install.php?step=2" \
      --data-urlencode weblog_title='Parley test site' --data-urlencode user_name=admin \
      --data-urlencode admin_password=parley-admin-password --data-urlencode admin_password2=parley-admin-password \
      --data-urlencode pw_weak=1 --data-urlencode admin_email=admin@example.com --data-urlencode blog_public=0 \
      --data-urlencode language=
    is_installed || { log "install failed; see $DIR/install.html"; return 1; }
  fi
  write_env
  log "WordPress ready at $URL"
}

write_env() {
  WP_HOST="$HOST:$PORT" php "$HERE/seed.php" >"$DIR/posts.json"
  printf '{"url":"%s","api":"%s/wp-json","posts":%s}\n' "$URL" "$URL" "$(cat "$DIR/posts.json")" >"$DIR/env.json"
}

start() {
  is_installed_here || { install; return; }
  db_start
  write_config
  start_web
  write_env
  log "WordPress running at $URL"
}

stop() {
  stop_pidfile "$DIR/php.pid"
  db_stop_if_unused
  log "WordPress stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  sql) shift; db_sql wordpress -e "$*" ;;
  *) echo "usage: $0 install|start|stop|sql <query>" >&2; exit 2 ;;
esac
