# The one MariaDB both test servers store into (sourced by wordpress.sh and waline.sh, after common.sh):
# a unix socket for WordPress and the scripts, and 127.0.0.1:$DB_PORT for Waline, whose driver takes no socket.
DB_DIR="$STATE/mariadb"
DB_SOCKET="$DB_DIR/mysqld.sock"
DB_PORT="${PARLEY_DB_PORT:-8784}"
DB_PASSWORD=parley-test

db_sql() { mariadb --socket="$DB_SOCKET" -u root --batch --skip-column-names "$@"; }

db_start() {
  apt_install mariadb-server
  mkdir -p "$DB_DIR"
  if [ ! -d "$DB_DIR/data/mysql" ]; then
    log "initialising MariaDB in $DB_DIR"
    mariadb-install-db --datadir="$DB_DIR/data" --user=root --auth-root-authentication-method=socket \
      --skip-test-db >"$DB_DIR/install.log" 2>&1
  fi
  if ! is_running "$DB_DIR/mariadb.pid"; then
    start_bg "$DB_DIR/mariadb.pid" "$DB_DIR/mariadb.log" \
      mariadbd --no-defaults --datadir="$DB_DIR/data" --socket="$DB_SOCKET" --bind-address=127.0.0.1 \
      --port="$DB_PORT" --user=root --pid-file="$DB_DIR/mariadbd.pid" --log-error="$DB_DIR/error.log"
  fi
  for _ in $(seq 1 100); do db_sql -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "MariaDB did not start; see $DB_DIR/error.log"; return 1
}

# Creates a database and a user of the same name that may use it from the socket and from 127.0.0.1.
db_create() {
  db_sql -e "CREATE DATABASE IF NOT EXISTS $1 CHARACTER SET utf8mb4;
             CREATE USER IF NOT EXISTS '$1'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
             CREATE USER IF NOT EXISTS '$1'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
             GRANT ALL ON $1.* TO '$1'@'localhost';
             GRANT ALL ON $1.* TO '$1'@'127.0.0.1';"
}

# Stops MariaDB once neither server that stores into it still runs.
db_stop_if_unused() {
  is_running "$STATE/wordpress/php.pid" || is_running "$STATE/waline/waline.pid" || stop_pidfile "$DB_DIR/mariadb.pid"
}
