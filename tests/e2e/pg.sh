# A throwaway PostgreSQL server for the history tests, sourced by them:
# initdb in a temp folder, started with pg_ctl as an unprivileged user
# (tests run as root in CI: runuser -u nobody), listening on a unix socket
# in that folder only, trust authentication, stopped and removed by
# pg_stop. Debian's postgresql package (make deps); no service is used.
#
# pg_start: sets PG_DIR, PG_PORT; pg_url NAME: the URI of database NAME,
# made on first use; pg_stop_server / pg_restart: the server goes away
# and comes back (a database that disappears mid-session); pg_stop: the
# end.

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_DIR=""
PG_PORT=""
PG_AS=()

# runs a PostgreSQL tool as the server's user, from the server's folder (a
# checkout under /root is no working directory for nobody)
pg_run() { (cd "$PG_DIR" && "${PG_AS[@]}" "$@"); }

pg_available() { [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; }

pg_start() {
	pg_available || return 1
	PG_DIR=$(mktemp -d /tmp/edpg.XXXXXX)
	if [ "$(id -u)" = 0 ]; then
		chown nobody "$PG_DIR"
		PG_AS=(runuser -u nobody --)
	fi
	chmod 0700 "$PG_DIR"
	# a port number only names the socket file, in our own folder
	PG_PORT=$((20000 + RANDOM % 30000))
	pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U entrydesk --auth=trust -E UTF8 \
		--locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
	pg_restart
}

pg_restart() {
	pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
		-o "-c listen_addresses='' -c unix_socket_directories='$PG_DIR' -p $PG_PORT -c fsync=off -c max_connections=50" \
		start >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
}

pg_stop_server() {
	pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
}

# pg_url NAME: a database of its own for a test case
pg_url() {
	pg_run "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U entrydesk "$1" 2>/dev/null
	printf 'postgresql://entrydesk@/%s?host=%s&port=%s' "$1" "$PG_DIR" "$PG_PORT"
}

pg_stop() {
	[ -n "$PG_DIR" ] || return 0
	pg_stop_server
	rm -rf "$PG_DIR"
	PG_DIR=""
}
