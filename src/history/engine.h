/* What the history asks of a database engine: run one SQL statement with
 * text parameters ($1, $2, ... in order) and hand back its rows as text.
 * SQLite (engine_sqlite.h) and PostgreSQL (engine_pg.h) answer the same
 * SQL; only the id column's type and the lock that orders schema changes
 * differ. Messages in `why` are one line and never hold a value. */
#ifndef ED_HISTORY_ENGINE_H
#define ED_HISTORY_ENGINE_H

#include <stdbool.h>
#include <stddef.h>

/* one row: n columns as text (NULL for SQL NULL); false stops the rows */
typedef bool (*hist_row_fn)(void *ctx, const char *const *cols, size_t n);

typedef struct hist_engine {
	const char *name; /* "SQLite", "PostgreSQL": for messages */
	const char *id_column; /* the checks table's id column type */
	const char *begin;     /* starts a transaction that orders schema changes */
	const char *lock;      /* then run in it (NULL: none) */
	bool (*exec)(void *db, const char *sql, const char *const *params, size_t n,
		     hist_row_fn row, void *ctx, char *why, size_t why_size);
	void (*close)(void *db);
} hist_engine;

/* a library's message made fit for one line of ours: its first line,
 * control characters dropped */
void engine_message(const char *msg, char *out, size_t size);

#endif
