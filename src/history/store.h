/* The history's one small interface: records added, found, purged, on
 * SQLite or PostgreSQL alike. The schema is made and migrated here (table
 * schema_version), the same for both engines. */
#ifndef ED_HISTORY_STORE_H
#define ED_HISTORY_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "history/record.h"

typedef struct hist_store hist_store;

/* true when `where` names a PostgreSQL database (postgresql:// or
 * postgres://), not a file */
bool hist_is_postgresql(const char *where);
/* opens the history at `where`: a PostgreSQL URI, else a SQLite file;
 * makes or migrates the schema. NULL with why on failure. */
hist_store *hist_store_open(const char *where, char *why, size_t why_size);
void hist_store_close(hist_store *s);
/* "SQLite" or "PostgreSQL" */
const char *hist_store_engine(const hist_store *s);

/* adds the record; its id is set */
bool hist_store_add(hist_store *s, hist_record *rec, char *why, size_t why_size);
/* many records in one transaction: begin, adds, then commit (or, on a
 * failure, rollback: none of them is kept) */
bool hist_store_begin(hist_store *s, char *why, size_t why_size);
bool hist_store_commit(hist_store *s, char *why, size_t why_size);
void hist_store_rollback(hist_store *s);

/* Which records to find; zero/NULL members do not narrow. */
typedef struct hist_query {
	long long id;
	long long since, until; /* at >= since, at < until (0: open) */
	const char *name;       /* part of the name, any case */
	const char *number_end; /* the last characters of the number, any case */
	const char *trip_end_from; /* trips ending on or after this day (YYYY-MM-DD) */
	bool full;              /* also the answers, verdict and slip */
	long limit;             /* 0: all */
} hist_query;

/* calls each(ctx, rec) per record found, newest first; each returns false
 * to stop. The record is the store's: copy what is kept. */
bool hist_store_find(hist_store *s, const hist_query *q,
		     bool (*each)(void *ctx, const hist_record *rec), void *ctx,
		     char *why, size_t why_size);

/* deletes the records made before `before`; *n how many */
bool hist_store_purge(hist_store *s, long long before, long *n, char *why, size_t why_size);

#endif
