/* The history's schema and statements, one text for both engines. */
#include "history/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "history/engine_pg.h"
#include "history/engine_sqlite.h"

#define SCHEMA_VERSION 1

struct hist_store {
	const hist_engine *ops;
	void *db;
	bool in_tx; /* hist_store_begin ran: adds and purges go in its transaction */
};

/* The documents of a check (answers, verdict, slip: kilobytes) live in a
 * table of their own, so that finding by name or date reads only the
 * short columns; they are the last fields of HIST_FIELDS. */
#define FIRST_DOC HF_ANSWERS

static bool is_big(int f)
{
	return f >= FIRST_DOC;
}

bool hist_is_postgresql(const char *where)
{
	return where && (!strncmp(where, "postgresql://", 13) || !strncmp(where, "postgres://", 11));
}

const char *hist_store_engine(const hist_store *s)
{
	return s->ops->name;
}

static bool run(hist_store *s, const char *sql, const char *const *params, size_t n,
		hist_row_fn row, void *ctx, char *why, size_t why_size)
{
	char msg[300];

	if (s->ops->exec(s->db, sql, params, n, row, ctx, msg, sizeof msg))
		return true;
	snprintf(why, why_size, "the %s history database: %s", s->ops->name, msg);
	return false;
}

static bool read_int(void *ctx, const char *const *cols, size_t n)
{
	if (n >= 1 && cols[0])
		*(long long *)ctx = atoll(cols[0]);
	return false;
}

/* version 1: the checks table and their documents; the text columns
 * come from HIST_FIELDS */
static char *schema_v1(const hist_engine *ops, bool docs)
{
	text_buf b = {0};

	if (docs)
		text_buf_add(&b, "CREATE TABLE IF NOT EXISTS check_documents (id BIGINT PRIMARY KEY");
	else
		text_buf_printf(&b, "CREATE TABLE IF NOT EXISTS checks (id %s, at BIGINT NOT NULL",
				ops->id_column);
	for (int f = 0; f < HF_COUNT; f++)
		if (is_big(f) == docs)
			text_buf_printf(&b, ", %s TEXT NOT NULL DEFAULT ''", hist_field_column(f));
	text_buf_add(&b, ")");
	return text_buf_take(&b);
}

static bool migrate_to(hist_store *s, long long from, char *why, size_t why_size)
{
	if (from < 1) {
		char *checks = schema_v1(s->ops, false), *docs = schema_v1(s->ops, true);
		bool ok = checks && docs && run(s, checks, NULL, 0, NULL, NULL, why, why_size) &&
			  run(s, docs, NULL, 0, NULL, NULL, why, why_size) &&
			  run(s, "CREATE INDEX IF NOT EXISTS checks_at ON checks (at)", NULL, 0,
			      NULL, NULL, why, why_size);
		free(checks);
		free(docs);
		if (!ok)
			return false;
	}
	/* later versions: `if (from < 2) ...` here, each in its turn */
	return true;
}

/* makes or migrates the schema; several programs starting at once: the
 * engine's begin/lock lets one do it while the others wait */
static bool schema(hist_store *s, char *why, size_t why_size)
{
	long long v = -1;
	char quiet[300], ver[16];
	const char *params[1] = { ver };
	bool ok;

	if (s->ops->exec(s->db, "SELECT version FROM schema_version", NULL, 0, read_int, &v,
			 quiet, sizeof quiet) && v == SCHEMA_VERSION)
		return true;
	if (!hist_store_begin(s, why, why_size))
		return false;
	v = -1;
	ok = (!s->ops->lock || run(s, s->ops->lock, NULL, 0, NULL, NULL, why, why_size)) &&
	     run(s, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
		 NULL, 0, NULL, NULL, why, why_size) &&
	     run(s, "SELECT version FROM schema_version", NULL, 0, read_int, &v, why, why_size);
	if (ok && v > SCHEMA_VERSION) {
		snprintf(why, why_size, "the history database has schema version %lld, newer than "
			 "this entrydesk's %d: update entrydesk", v, SCHEMA_VERSION);
		ok = false;
	}
	if (ok && v < SCHEMA_VERSION) {
		snprintf(ver, sizeof ver, "%d", SCHEMA_VERSION);
		ok = migrate_to(s, v, why, why_size) &&
		     run(s, v < 0 ? "INSERT INTO schema_version (version) VALUES ($1)"
				  : "UPDATE schema_version SET version = $1",
			 params, 1, NULL, NULL, why, why_size);
	}
	if (ok)
		return hist_store_commit(s, why, why_size);
	hist_store_rollback(s);
	return false;
}

hist_store *hist_store_open(const char *where, char *why, size_t why_size)
{
	hist_store *s = calloc(1, sizeof *s);
	bool ok;

	if (!s) {
		snprintf(why, why_size, "out of memory");
		return NULL;
	}
	ok = hist_is_postgresql(where) ? engine_pg_open(where, &s->ops, &s->db, why, why_size)
				       : engine_sqlite_open(where, &s->ops, &s->db, why, why_size);
	if (ok && schema(s, why, why_size))
		return s;
	hist_store_close(s);
	return NULL;
}

void hist_store_close(hist_store *s)
{
	if (!s)
		return;
	if (s->db)
		s->ops->close(s->db);
	free(s);
}

bool hist_store_begin(hist_store *s, char *why, size_t why_size)
{
	s->in_tx = run(s, s->ops->begin, NULL, 0, NULL, NULL, why, why_size);
	return s->in_tx;
}

bool hist_store_commit(hist_store *s, char *why, size_t why_size)
{
	bool ok = run(s, "COMMIT", NULL, 0, NULL, NULL, why, why_size);

	if (!ok)
		hist_store_rollback(s);
	s->in_tx = false;
	return ok;
}

void hist_store_rollback(hist_store *s)
{
	char quiet[300];

	s->ops->exec(s->db, "ROLLBACK", NULL, 0, NULL, NULL, quiet, sizeof quiet);
	s->in_tx = false;
}

/* runs step(s, ctx) in a transaction of its own, unless one is open:
 * a check and its documents are kept together or not at all */
static bool atomically(hist_store *s, bool (*step)(hist_store *, void *, char *, size_t),
		       void *ctx, char *why, size_t why_size)
{
	if (s->in_tx)
		return step(s, ctx, why, why_size);
	if (!hist_store_begin(s, why, why_size))
		return false;
	if (step(s, ctx, why, why_size))
		return hist_store_commit(s, why, why_size);
	hist_store_rollback(s);
	return false;
}

/* "INSERT INTO table (lead, the columns of fields [from, to)) VALUES
 * ($1, ...)" and tail; params[0] is the lead's, the fields' follow */
static char *insert_sql(const char *table, const char *lead, int from, int to,
			const hist_record *rec, const char **params, size_t *n, const char *tail)
{
	text_buf b = {0};

	*n = 1;
	text_buf_printf(&b, "INSERT INTO %s (%s", table, lead);
	for (int f = from; f < to; f++) {
		text_buf_printf(&b, ", %s", hist_field_column(f));
		params[(*n)++] = hist_record_get(rec, f);
	}
	text_buf_add(&b, ") VALUES ($1");
	for (size_t i = 2; i <= *n; i++)
		text_buf_printf(&b, ", $%zu", i);
	text_buf_printf(&b, ")%s", tail);
	return text_buf_take(&b);
}

/* the check's row, then its documents under the same id */
static bool add_step(hist_store *s, void *ctx, char *why, size_t why_size)
{
	hist_record *rec = ctx;
	const char *params[HF_COUNT + 1];
	char num[32];
	char *sql;
	size_t n;
	bool ok;

	snprintf(num, sizeof num, "%lld", rec->at);
	params[0] = num;
	sql = insert_sql("checks", "at", 0, FIRST_DOC, rec, params, &n, " RETURNING id");
	rec->id = 0;
	ok = sql && run(s, sql, params, n, read_int, &rec->id, why, why_size);
	free(sql);
	if (ok) {
		snprintf(num, sizeof num, "%lld", rec->id);
		sql = insert_sql("check_documents", "id", FIRST_DOC, HF_COUNT, rec, params, &n, "");
		ok = sql && run(s, sql, params, n, NULL, NULL, why, why_size);
		free(sql);
	}
	if (!sql)
		snprintf(why, why_size, "out of memory");
	return ok;
}

bool hist_store_add(hist_store *s, hist_record *rec, char *why, size_t why_size)
{
	return atomically(s, add_step, rec, why, why_size);
}

/* a LIKE pattern matching `text` anywhere (or at the end): its own % _
 * and \ escaped, in upper case as the *_key columns are */
static char *like_pattern(const char *text, bool anywhere)
{
	text_buf b = {0};

	char *folded = text_dup(text);

	if (!folded)
		return NULL;
	hist_fold(folded);
	text_buf_add(&b, "%");
	for (const char *p = folded; *p; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			text_buf_add(&b, "\\");
		text_buf_addn(&b, p, 1);
	}
	if (anywhere)
		text_buf_add(&b, "%");
	free(folded);
	return text_buf_take(&b);
}

typedef struct find_ctx {
	bool full;
	bool (*each)(void *ctx, const hist_record *rec);
	void *ctx;
} find_ctx;

static bool found_row(void *ctx, const char *const *cols, size_t n)
{
	find_ctx *fc = ctx;
	hist_record rec = {0};
	bool more;

	if (n != HF_COUNT + 2)
		return false;
	rec.id = cols[0] ? atoll(cols[0]) : 0;
	rec.at = cols[1] ? atoll(cols[1]) : 0;
	/* the row's own texts, lent for the call */
	for (int f = 0; f < HF_COUNT; f++)
		rec.f[f] = (char *)(cols[f + 2] ? cols[f + 2] : "");
	more = fc->each(fc->ctx, &rec);
	return more;
}

bool hist_store_find(hist_store *s, const hist_query *q,
		     bool (*each)(void *ctx, const hist_record *rec), void *ctx,
		     char *why, size_t why_size)
{
	char nums[4][32];
	char *name = NULL, *number = NULL, *sql;
	const char *params[8];
	size_t n = 0;
	text_buf b = {0};
	find_ctx fc = { q->full, each, ctx };
	bool ok;

	text_buf_add(&b, "SELECT c.id, c.at");
	for (int f = 0; f < HF_COUNT; f++)
		text_buf_printf(&b, is_big(f) && !q->full ? ", ''" : is_big(f) ? ", d.%s" : ", c.%s",
				hist_field_column(f));
	text_buf_add(&b, q->full ? " FROM checks c LEFT JOIN check_documents d ON d.id = c.id"
				 : " FROM checks c");
	text_buf_add(&b, " WHERE 1 = 1");
	if (q->id) {
		snprintf(nums[0], sizeof nums[0], "%lld", q->id);
		params[n++] = nums[0];
		text_buf_printf(&b, " AND c.id = $%zu", n);
	}
	if (q->since) {
		snprintf(nums[1], sizeof nums[1], "%lld", q->since);
		params[n++] = nums[1];
		text_buf_printf(&b, " AND c.at >= $%zu", n);
	}
	if (q->until) {
		snprintf(nums[2], sizeof nums[2], "%lld", q->until);
		params[n++] = nums[2];
		text_buf_printf(&b, " AND c.at < $%zu", n);
	}
	if (q->name && *q->name) {
		params[n++] = name = like_pattern(q->name, true);
		text_buf_printf(&b, " AND c.name_key LIKE $%zu ESCAPE '\\'", n);
	}
	if (q->number_end && *q->number_end) {
		params[n++] = number = like_pattern(q->number_end, false);
		text_buf_printf(&b, " AND c.number_key LIKE $%zu ESCAPE '\\'", n);
	}
	if (q->trip_end_from && *q->trip_end_from) {
		params[n++] = q->trip_end_from;
		text_buf_printf(&b, " AND c.trip_end >= $%zu", n);
	}
	text_buf_add(&b, " ORDER BY c.at DESC, c.id DESC");
	if (q->limit > 0)
		text_buf_printf(&b, " LIMIT %ld", q->limit);
	sql = text_buf_take(&b);
	ok = sql && (!q->name || name) && (!q->number_end || number);
	if (!ok)
		snprintf(why, why_size, "out of memory");
	else
		ok = run(s, sql, params, n, found_row, &fc, why, why_size);
	free(sql);
	free(name);
	free(number);
	return ok;
}

static bool count_row(void *ctx, const char *const *cols, size_t n)
{
	(void)cols;
	(void)n;
	(*(long *)ctx)++;
	return true;
}

typedef struct purge_ctx {
	long long before;
	long n;
} purge_ctx;

/* the documents first, then the checks, counted */
static bool purge_step(hist_store *s, void *ctx, char *why, size_t why_size)
{
	purge_ctx *p = ctx;
	char at[32];
	const char *params[1] = { at };

	snprintf(at, sizeof at, "%lld", p->before);
	p->n = 0;
	return run(s, "DELETE FROM check_documents WHERE id IN "
		      "(SELECT id FROM checks WHERE at < $1)", params, 1, NULL, NULL, why, why_size) &&
	       run(s, "DELETE FROM checks WHERE at < $1 RETURNING id", params, 1, count_row,
		   &p->n, why, why_size);
}

bool hist_store_purge(hist_store *s, long long before, long *n, char *why, size_t why_size)
{
	purge_ctx p = { before, 0 };
	bool ok = atomically(s, purge_step, &p, why, why_size);

	*n = ok ? p.n : 0;
	return ok;
}
