# Shared helpers for the backend scripts: where state lives, and starting/stopping one process group by PID.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${PARLEY_BACKENDS_DIR:-$ROOT/.backends}"
mkdir -p "$STATE"

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }

# Installs Debian packages without letting apt start any service (a policy-rc.d that exits 101).
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ "$created" = 1 ] && rm -f "$policy"
  return 0
}

# Whether the process recorded in a PID file is still running.
is_running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts a command in its own session (its PID is its process group id) and records the PID.
start_bg() {
  local pidfile="$1" logfile="$2"; shift 2
  setsid "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# Stops the process group recorded in a PID file, and only that group.
stop_pidfile() {
  local pidfile="$1"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# Waits until a URL answers with any HTTP status.
wait_http() {
  local url="$1" tries="${2:-100}"
  for _ in $(seq 1 "$tries"); do
    curl -s -o /dev/null --max-time 2 "$url" && return 0
    sleep 0.2
  done
  log "no answer from $url"; return 1
}
