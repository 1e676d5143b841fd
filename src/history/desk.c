/* Where the history is kept, and what happens when it cannot be. */
#include "history/desk.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/slip.h"
#include "history/digest.h"
#include "history/queue.h"
#include "load/config.h"
#include "load/paths.h"

#define DB_FILE "history.sqlite"
#define QUEUE_FILE "history-queue"

/* the user's name for the record: who made the check */
static void agent_name(char *out, size_t size)
{
	struct passwd *pw = getpwuid(getuid());
	const char *user = getenv("USER");

	if (pw && pw->pw_name && *pw->pw_name)
		snprintf(out, size, "%s", pw->pw_name);
	else if (user && *user)
		snprintf(out, size, "%s", user);
	else
		snprintf(out, size, "uid %ld", (long)getuid());
}

bool hist_desk_init(hist_desk *d, const char *rules_path, char *why, size_t why_size)
{
	config_history c;
	ed_error err = {0};
	const char *env = getenv("ENTRYDESK_DATABASE");
	char dir[1024], reason[600];
	bool have_dir;

	memset(d, 0, sizeof *d);
	if (!config_history_get(&c, &err)) {
		snprintf(why, why_size, "%s", err.msg);
		return false;
	}
	d->keep_days = c.keep_days ? c.keep_days : HIST_KEEP_DAYS;
	if (c.counter[0])
		snprintf(d->counter, sizeof d->counter, "%s", c.counter);
	else if (gethostname(d->counter, sizeof d->counter) != 0)
		snprintf(d->counter, sizeof d->counter, "unknown");
	d->counter[sizeof d->counter - 1] = '\0';
	agent_name(d->agent, sizeof d->agent);
	if (!rules_path || !hist_digest_file(rules_path, d->rules_digest, sizeof d->rules_digest))
		snprintf(d->rules_digest, sizeof d->rules_digest, "unknown");
	/* the environment wins over config.ini, as $PRINTER does */
	if (env && *env)
		snprintf(d->where, sizeof d->where, "%s", env);
	else
		snprintf(d->where, sizeof d->where, "%s", c.database);
	if (d->where[0] && !hist_is_postgresql(d->where)) {
		snprintf(why, why_size, "%s: [history] database or ENTRYDESK_DATABASE: not a "
			 "PostgreSQL address; accepted: postgresql://[user@]host[:port]/dbname, "
			 "or nothing for the local SQLite file", env && *env ?
			 "ENTRYDESK_DATABASE" : "config.ini");
		return false;
	}
	d->postgresql = d->where[0] != '\0';
	/* the local folder: the SQLite file, and the queue of either engine */
	have_dir = paths_user_dir("XDG_DATA_HOME", ".local/share", NULL, dir, sizeof dir,
				  reason, sizeof reason);
	if (have_dir)
		snprintf(d->queue, sizeof d->queue, "%s/%s", dir, QUEUE_FILE);
	if (!d->postgresql) {
		if (!have_dir) {
			snprintf(why, why_size, "checks are not recorded: %s", reason);
			return false;
		}
		snprintf(d->where, sizeof d->where, "%s/%s", dir, DB_FILE);
	}
	return true;
}

hist_store *hist_desk_open(const hist_desk *d, char *why, size_t why_size)
{
	return hist_store_open(d->where, why, why_size);
}

long long hist_desk_now(ed_date today)
{
	time_t now = time(NULL);
	long long china = (long long)now + 8 * 3600;

	return hist_day_start(today) + (china % 86400 + 86400) % 86400;
}

void hist_desk_meta(const hist_desk *d, long long at, hist_meta *m)
{
	m->at = at;
	m->counter = d->counter;
	m->agent = d->agent;
	m->rules_digest = d->rules_digest;
}

bool hist_desk_keep(const hist_desk *d, hist_record *rec, char *why, size_t why_size)
{
	char reason[600], qwhy[600];
	hist_store *s = hist_desk_open(d, reason, sizeof reason);
	bool ok = s && hist_store_add(s, rec, reason, sizeof reason);

	hist_store_close(s);
	if (ok)
		return true;
	if (d->queue[0] && queue_append(d->queue, rec, qwhy, sizeof qwhy))
		snprintf(why, why_size, "the check was not recorded (%s); it waits in %s and "
			 "goes at the next start", reason, d->queue);
	else
		snprintf(why, why_size, "the check was not recorded (%s), nor queued (%s)",
			 reason, d->queue[0] ? qwhy : "no local folder");
	return false;
}

bool hist_desk_record(const hist_desk *d, long long at, const ed_raw_answers *raw,
		      const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		      char *why, size_t why_size)
{
	/* the document the slip shows: the age warning against the check's day */
	slipdoc *doc = slip_doc(a, v, r, a->date);
	hist_record rec;
	hist_meta m;
	bool ok;

	hist_desk_meta(d, at, &m);
	if (!doc || !hist_record_make(&rec, &m, raw, a, v, r, doc)) {
		slipdoc_free(doc);
		snprintf(why, why_size, "the check was not recorded: out of memory");
		return false;
	}
	slipdoc_free(doc);
	ok = hist_desk_keep(d, &rec, why, why_size);
	hist_record_clear(&rec);
	return ok;
}

bool hist_desk_start(const hist_desk *d, long long now, size_t *sent, long *purged,
		     char *why, size_t why_size)
{
	hist_store *s = hist_desk_open(d, why, why_size);
	bool ok;

	*sent = 0;
	*purged = 0;
	if (!s)
		return false;
	ok = (!d->queue[0] || queue_send(d->queue, s, sent, why, why_size)) &&
	     hist_store_purge(s, now - (long long)d->keep_days * 86400, purged, why, why_size);
	hist_store_close(s);
	return ok;
}
