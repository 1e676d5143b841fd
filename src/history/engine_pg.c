/* The history in an agency's PostgreSQL (libpq): every counter writes to
 * and searches one database. Parameters go apart from the SQL text
 * (PQexecParams), so no value is ever spliced into a statement.
 *
 * libpq is not linked: it brings some twenty libraries (krb5, gssapi,
 * ldap, ssl...) that every start of entrydesk would load. It is loaded
 * here, with dlopen, the first time a PostgreSQL history is opened; the
 * types come from <libpq-fe.h>, so a mismatch is a compile error. */
#include "history/engine_pg.h"

#include <dlfcn.h>
#include <libpq-fe.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONNECT_TIMEOUT "5"
/* the soname of Debian's libpq5 (libpq.so without .5 is only in -dev) */
#define LIBPQ "libpq.so.5"

/* the functions of libpq the history uses, resolved by dlsym: each a
 * member of pq of its own name and of libpq-fe.h's own type */
#define PQ_FUNCTIONS(X)                                                          \
	X(PQconnectdbParams) X(PQstatus) X(PQerrorMessage) X(PQsetNoticeProcessor) \
	X(PQfinish) X(PQexecParams) X(PQresultStatus) X(PQresultErrorField)        \
	X(PQntuples) X(PQnfields) X(PQgetisnull) X(PQgetvalue) X(PQclear)
#define PQ_MEMBER(f) __typeof__(f) *f;
static struct pq_api {
	PQ_FUNCTIONS(PQ_MEMBER)
} pq;

/* loads libpq once (kept loaded for the process); false with why naming
 * the library. ENTRYDESK_LIBPQ names another file (the tests' missing
 * library). */
static bool pq_load(char *why, size_t why_size)
{
#define PQ_SYMBOL(f) { #f, offsetof(struct pq_api, f) },
	static const struct {
		const char *name;
		size_t offset;
	} syms[] = { PQ_FUNCTIONS(PQ_SYMBOL) };
	static bool loaded;
	const char *env = getenv("ENTRYDESK_LIBPQ");
	const char *lib = env && *env ? env : LIBPQ;
	struct pq_api api;
	char msg[300];
	void *h;

	if (loaded)
		return true;
	h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		engine_message(dlerror(), msg, sizeof msg);
		snprintf(why, why_size, "cannot load %s, the PostgreSQL client library "
			 "(Debian package libpq5): %s", lib, msg);
		return false;
	}
	for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f) {
			snprintf(why, why_size, "%s has no %s: not a usable PostgreSQL client "
				 "library", lib, syms[i].name);
			dlclose(h);
			return false;
		}
		/* POSIX: a function's address survives the round trip through
		 * void *; the members' types are libpq-fe.h's own */
		memcpy((char *)&api + syms[i].offset, &f, sizeof f);
	}
	pq = api;
	loaded = true;
	return true;
}

static bool pg_exec(void *db, const char *sql, const char *const *params, size_t n,
		    hist_row_fn row, void *ctx, char *why, size_t why_size)
{
	PGresult *res = pq.PQexecParams(db, sql, (int)n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = pq.PQresultStatus(res);
	const char *cols[64];

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		const char *m = res ? pq.PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
		engine_message(m ? m : pq.PQerrorMessage(db), why, why_size);
		pq.PQclear(res);
		return false;
	}
	if (st == PGRES_TUPLES_OK && row) {
		int rows = pq.PQntuples(res), k = pq.PQnfields(res);
		if (k > 64)
			k = 64;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < k; c++)
				cols[c] = pq.PQgetisnull(res, r, c) ? NULL : pq.PQgetvalue(res, r, c);
			if (!row(ctx, cols, (size_t)k))
				break;
		}
	}
	pq.PQclear(res);
	return true;
}

static void pg_close(void *db)
{
	pq.PQfinish(db);
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
	char msg[400];

	*db = NULL;
	if (!pq_load(msg, sizeof msg)) {
		snprintf(why, why_size, "cannot reach the PostgreSQL history database: %s", msg);
		return false;
	}
	/* expand_dbname: the URI or key=value string gives every setting */
	c = pq.PQconnectdbParams(keys, vals, 1);
	if (!c || pq.PQstatus(c) != CONNECTION_OK) {
		engine_message(c ? pq.PQerrorMessage(c) : "out of memory", msg, sizeof msg);
		snprintf(why, why_size, "cannot reach the PostgreSQL history database: %s", msg);
		pq.PQfinish(c);
		return false;
	}
	pq.PQsetNoticeProcessor(c, quiet, NULL);
	*ops = &pg_engine;
	*db = c;
	return true;
}
