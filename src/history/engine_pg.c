/* The history in an agency's PostgreSQL (libpq): every counter writes to
 * and searches one database. Parameters go apart from the SQL text
 * (PQexecParams), so no value is ever spliced into a statement. */
#include "history/engine.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

#define CONNECT_TIMEOUT "5"

static bool pg_exec(void *db, const char *sql, const char *const *params, size_t n,
		    hist_row_fn row, void *ctx, char *why, size_t why_size)
{
	PGresult *res = PQexecParams(db, sql, (int)n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	const char *cols[64];

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		const char *m = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
		engine_message(m ? m : PQerrorMessage(db), why, why_size);
		PQclear(res);
		return false;
	}
	if (st == PGRES_TUPLES_OK && row) {
		int rows = PQntuples(res), k = PQnfields(res);
		if (k > 64)
			k = 64;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < k; c++)
				cols[c] = PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
			if (!row(ctx, cols, (size_t)k))
				break;
		}
	}
	PQclear(res);
	return true;
}

static void pg_close(void *db)
{
	PQfinish(db);
}

static const hist_engine pg_engine = {
	.name = "PostgreSQL",
	.id_column = "BIGSERIAL PRIMARY KEY",
	/* counters starting at once: one of them changes the schema, the
	 * others wait for it and then find it done */
	.begin = "BEGIN",
	.lock = "SELECT pg_advisory_xact_lock(190019)",
	.exec = pg_exec,
	.close = pg_close,
};

/* the server's notices (a table that already exists...) are not for the
 * agent's screen */
static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

bool engine_pg_open(const char *conninfo, const hist_engine **ops, void **db,
		    char *why, size_t why_size)
{
	const char *keys[] = { "dbname", "connect_timeout", "application_name", NULL };
	const char *vals[] = { conninfo, CONNECT_TIMEOUT, "entrydesk", NULL };
	PGconn *c;
	char msg[300];

	*db = NULL;
	/* expand_dbname: the URI or key=value string gives every setting */
	c = PQconnectdbParams(keys, vals, 1);
	if (!c || PQstatus(c) != CONNECTION_OK) {
		engine_message(c ? PQerrorMessage(c) : "out of memory", msg, sizeof msg);
		snprintf(why, why_size, "cannot reach the PostgreSQL history database: %s", msg);
		PQfinish(c);
		return false;
	}
	PQsetNoticeProcessor(c, quiet, NULL);
	*ops = &pg_engine;
	*db = c;
	return true;
}
