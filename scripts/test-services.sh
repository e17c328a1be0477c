#!/usr/bin/env bash
# Installs and starts the services the escalation tests talk to, on a fresh Debian machine:
# a throwaway PostgreSQL cluster on a free port under a temp dir, and Debian's aiosmtpd for SMTP tests.
# Exports POLICYBOT_TEST_POSTGRES (a connection string) and POLICYBOT_TEST_SMTPD (the python command).

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_test_services() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi

  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/policybot-pg.XXXXXX)
  local port; port=$(free_port)
  # PostgreSQL refuses to run as root: run the throwaway cluster as the postgres user then.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_CTL=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data")
  export POLICYBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export POLICYBOT_TEST_SMTPD="/usr/bin/python3"
  echo "PostgreSQL on 127.0.0.1:$port for the tests"
}

stop_test_services() {
  [ -n "${PG_DIR:-}" ] && "${PG_CTL[@]}" -m immediate stop >/dev/null 2>&1
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
  return 0
}
