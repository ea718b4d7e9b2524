#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and for trying the team database locally.
#
#   tests/pg_server.sh start DIR   initdb into DIR (created if missing) and start the server;
#                                  prints the URL to connect to (for INCIDENT_LOGGER_TEST_PG)
#   tests/pg_server.sh url DIR     prints that URL again
#   tests/pg_server.sh stop DIR    stops the server (the folder stays; delete it yourself)
#
# The server listens only on a Unix socket inside DIR (no TCP port), trusts the local user
# and keeps its data in DIR/data. It needs Debian's `postgresql` package (or any install
# with initdb and pg_ctl). PostgreSQL refuses to run as root: run as root, the server runs
# as the `postgres` user that Debian's package creates.
#
# Options for `start` (environment): PG_DURABLE=1 keeps fsync on (the fault benchmark);
# by default the server trades durability for speed, as a test server may.
set -euo pipefail

usage() {
    echo "usage: $0 start|url|stop DIR" >&2
    exit 2
}
(($# == 2)) || usage
action=$1
dir=$(realpath -m "$2")

bin_dir() {
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z $found || ! -x $found/initdb ]]; then
        echo "pg_server.sh: no PostgreSQL server programs (initdb, pg_ctl) found;" \
            "install Debian's 'postgresql' package (apt-get install postgresql)" >&2
        exit 1
    fi
    echo "$found"
}

as_owner() {
    # Runs a server program as the folder's owner: root hands over to `postgres`.
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

url() {
    # libpq and psycopg read a socket folder from the host parameter.
    local user=postgres
    ((EUID == 0)) || user=$(id -un)
    echo "postgresql://${user}@/postgres?host=${dir}"
}

case $action in
start)
    bin=$(bin_dir)
    mkdir -p "$dir"
    if ((EUID == 0)); then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
        chown postgres: "$dir"
    fi
    if [[ ! -f $dir/data/PG_VERSION ]]; then
        as_owner "$bin/initdb" --pgdata="$dir/data" --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 --username="$( ((EUID == 0)) && echo postgres || id -un)" \
            >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            exit 1
        }
    fi
    fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ ${PG_DURABLE:-0} == 1 ]] && fast=""
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$dir' \
            -c max_connections=60 $fast" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    url
    ;;
url)
    url
    ;;
stop)
    bin=$(bin_dir)
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null
    fi
    ;;
*)
    usage
    ;;
esac
