/* The history in one SQLite file: WAL, so that readers never wait for a
 * writer and several wizards of one host record at once; a busy timeout,
 * so that a writer waits for another instead of failing. */
#include "history/engine_sqlite.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 10000

static bool sqlite_exec(void *db, const char *sql, const char *const *params, size_t n,
			hist_row_fn row, void *ctx, char *why, size_t why_size)
{
	sqlite3_stmt *st = NULL;
	const char *cols[64];
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		engine_message(sqlite3_errmsg(db), why, why_size);
		return false;
	}
	/* $1, $2...: numbered in the order they first appear */
	for (size_t i = 0; i < n; i++)
		if (sqlite3_bind_text(st, (int)i + 1, params[i], -1, SQLITE_STATIC) != SQLITE_OK) {
			engine_message(sqlite3_errmsg(db), why, why_size);
			sqlite3_finalize(st);
			return false;
		}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int k = sqlite3_column_count(st);
		if (k > 64)
			k = 64;
		for (int c = 0; c < k; c++)
			cols[c] = (const char *)sqlite3_column_text(st, c);
		if (row && !row(ctx, cols, (size_t)k))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		engine_message(sqlite3_errmsg(db), why, why_size);
		sqlite3_finalize(st);
		return false;
	}
	sqlite3_finalize(st);
	return true;
}

static void sqlite_close(void *db)
{
	sqlite3_close(db);
}

static const hist_engine sqlite_engine = {
	.name = "SQLite",
	.id_column = "INTEGER PRIMARY KEY",
	/* takes the write lock at once: one schema change at a time */
	.begin = "BEGIN IMMEDIATE",
	.lock = NULL,
	.exec = sqlite_exec,
	.close = sqlite_close,
};

/* the file made by us with mode 0600 before SQLite opens it (SQLite gives
 * its -wal and -shm files the database's mode); a symlink is refused */
static bool make_private_file(const char *path, char *why, size_t why_size)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0) {
		snprintf(why, why_size, "cannot open the history database %s: %s", path,
			 errno == ELOOP ? "it is a symlink" : strerror(errno));
		return false;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != getuid()) {
		snprintf(why, why_size, "the history database %s is not a file of this user",
			 path);
		close(fd);
		return false;
	}
	if ((st.st_mode & 0777) != 0600)
		fchmod(fd, 0600);
	close(fd);
	return true;
}

bool engine_sqlite_open(const char *path, const hist_engine **ops, void **db,
			char *why, size_t why_size)
{
	sqlite3 *h = NULL;
	char msg[300];

	*db = NULL;
	if (!make_private_file(path, why, why_size))
		return false;
	if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) !=
	    SQLITE_OK) {
		engine_message(h ? sqlite3_errmsg(h) : "out of memory", msg, sizeof msg);
		snprintf(why, why_size, "cannot open the history database %s: %s", path, msg);
		sqlite3_close(h);
		return false;
	}
	sqlite3_busy_timeout(h, BUSY_TIMEOUT_MS);
	/* WAL keeps the default synchronous = FULL: a record, once the wizard
	 * has shown the verdict, survives a power cut */
	if (!sqlite_exec(h, "PRAGMA journal_mode = WAL", NULL, 0, NULL, NULL, msg, sizeof msg)) {
		snprintf(why, why_size, "the history database %s: %s", path, msg);
		sqlite3_close(h);
		return false;
	}
	*ops = &sqlite_engine;
	*db = h;
	return true;
}
