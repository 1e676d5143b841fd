/* The history as a desk uses it: where records go (config.ini [history],
 * $ENTRYDESK_DATABASE, else one SQLite file in $XDG_DATA_HOME/entrydesk),
 * who and where a check is made, and what happens when the database
 * cannot be reached: the record waits in a local queue file (0600) that
 * the next start sends. No curses here. */
#ifndef ED_HISTORY_DESK_H
#define ED_HISTORY_DESK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "history/record_make.h"
#include "history/store.h"

#define HIST_KEEP_DAYS 30

typedef struct hist_desk {
	char where[1100];  /* a postgresql:// URI or the SQLite file */
	bool postgresql;
	char queue[1100];  /* the local queue file, "" when there is no folder */
	char counter[128];
	char agent[64];
	int keep_days;
	char rules_digest[72]; /* of the rules file in use, hex */
} hist_desk;

/* Reads the settings and checks the folders. False with why (one line,
 * no personal data) when there is nowhere to keep records. */
bool hist_desk_init(hist_desk *d, const char *rules_path, char *why, size_t why_size);
/* opens the history (schema made or migrated) */
hist_store *hist_desk_open(const hist_desk *d, char *why, size_t why_size);
/* the moment of a check made on `today` (China time): now's time of day
 * on that day */
long long hist_desk_now(ed_date today);
/* the who and where of a record made now */
void hist_desk_meta(const hist_desk *d, long long at, hist_meta *m);

/* Stores the record; when the database cannot be reached, queues it and
 * returns false with why saying what happened ("not kept: ...; queued"). */
bool hist_desk_keep(const hist_desk *d, hist_record *rec, char *why, size_t why_size);
/* Records one complete check: its answers, core's verdict and the slip
 * document core makes of them (as the slip shows it), at `at`. False with
 * why as hist_desk_keep says, or on out of memory. */
bool hist_desk_record(const hist_desk *d, long long at, const ed_raw_answers *raw,
		      const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		      char *why, size_t why_size);
/* At start: sends what the queue holds (*sent how many) and deletes the
 * records older than keep_days (*purged). False with why on a failure;
 * the queue keeps what was not sent. */
bool hist_desk_start(const hist_desk *d, long long now, size_t *sent, long *purged,
		     char *why, size_t why_size);

#endif
