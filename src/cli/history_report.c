/* A day's report, and who a change of the rules affects. The words of
 * the verdicts are core's codes as recorded; nothing is judged here. */
#include "cli/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/history_common.h"
#include "core/slip.h"
#include "history/listing.h"
#include "history/rerun.h"
#include "load/rules_load.h"

#define TALLY_MAX 32

/* how many checks had each value of one field */
typedef struct tally {
	char key[TALLY_MAX][64];
	long n[TALLY_MAX];
	size_t used;
} tally;

static void tally_add(tally *t, const char *key)
{
	size_t i;

	for (i = 0; i < t->used; i++)
		if (!strcmp(t->key[i], key))
			break;
	if (i == t->used) {
		if (t->used == TALLY_MAX)
			return;
		hist_clean(*key ? key : "none", t->key[i], sizeof t->key[i]);
		t->used++;
	}
	t->n[i]++;
}

static void tally_print(const char *what, const tally *t)
{
	printf("By %s:", what);
	for (size_t i = 0; i < t->used; i++)
		printf("%s %s %ld", i ? "," : "", t->key[i], t->n[i]);
	printf("%s\n", t->used ? "" : " none");
}

typedef struct report_ctx {
	tally flow, way, outcome;
	long total;
	hist_record *kept; /* refusals and points to confirm, to list */
	size_t n_kept;
	bool failed;
} report_ctx;

static bool report_one(void *ctx, const hist_record *rec)
{
	report_ctx *r = ctx;
	const char *outcome = hist_record_get(rec, HF_OUTCOME);

	r->total++;
	tally_add(&r->flow, hist_record_get(rec, HF_FLOW));
	tally_add(&r->way, hist_record_get(rec, HF_WAY_IN));
	tally_add(&r->outcome, outcome);
	if (strcmp(outcome, "eligible")) {
		hist_record *grown = realloc(r->kept, (r->n_kept + 1) * sizeof *grown);
		hist_record *k;
		if (!grown) {
			r->failed = true;
			return false;
		}
		r->kept = grown;
		k = &r->kept[r->n_kept];
		if (hist_record_copy(k, rec))
			r->n_kept++;
		else
			r->failed = true;
	}
	return !r->failed;
}

/* the kept checks of one outcome, a line each, what to do under it */
static void report_list(const report_ctx *r, const char *heading, const char *outcome,
			hist_field why)
{
	char text[600];
	bool any = false;

	printf("\n%s:\n", heading);
	for (size_t i = 0; i < r->n_kept; i++) {
		if (strcmp(hist_record_get(&r->kept[i], HF_OUTCOME), outcome))
			continue;
		history_line(stdout, &r->kept[i]);
		hist_clean(hist_record_get(&r->kept[i], why), text, sizeof text);
		printf("       %s\n", text[0] ? text : "-");
		any = true;
	}
	if (!any)
		printf("none\n");
}

int history_report(hist_store *s, ed_date day)
{
	report_ctx r;
	hist_query q = { .since = hist_day_start(day),
			 .until = hist_day_start(date_add_days(day, 1)) };
	char why[1500], when[16];
	bool ok;

	memset(&r, 0, sizeof r);
	ok = hist_store_find(s, &q, report_one, &r, why, sizeof why);
	if (ok && r.failed)
		snprintf(why, sizeof why, "out of memory");
	if (ok && !r.failed) {
		date_format(day, when, sizeof when);
		printf("Checks on %s (China time): %ld\n", when, r.total);
		tally_print("flow", &r.flow);
		tally_print("way in", &r.way);
		tally_print("outcome", &r.outcome);
		report_list(&r, "Refusals (not eligible: reasons)", "not_eligible", HF_REASONS);
		report_list(&r, "Points to confirm with border inspection", "review", HF_REVIEW);
	}
	for (size_t i = 0; i < r.n_kept; i++)
		hist_record_clear(&r.kept[i]);
	free(r.kept);
	if (ok && !r.failed)
		return 0;
	fprintf(stderr, "entrydesk: %s\n", why);
	return 2;
}

typedef struct affected_ctx {
	const ed_rules *rules;
	long checked, changed, unusable;
} affected_ctx;

static bool affected_one(void *ctx, const hist_record *rec)
{
	affected_ctx *x = ctx;
	hist_rerun now;
	ed_date day;
	char at[16], why[600], change[1200];

	/* the answers as on the day of the check: a date typed without a
	 * year reads the same */
	snprintf(at, sizeof at, "%.10s", hist_record_get(rec, HF_AT_TEXT));
	if (!date_parse(at, &day) || !hist_rerun_make(&now, rec, x->rules, day, why, sizeof why)) {
		x->unusable++;
		return true;
	}
	x->checked++;
	if (hist_rerun_changes(rec, &now.rec, change, sizeof change) > 0) {
		x->changed++;
		history_line(stdout, rec);
		printf("       would change: %s\n", change);
	}
	hist_rerun_free(&now);
	return true;
}

int history_affected(hist_store *s, const char *new_rules, ed_date today)
{
	ed_rules r;
	ed_error err = {0};
	char from[16], why[1500], path[600];
	hist_query q = { .full = true };
	affected_ctx x = { &r, 0, 0, 0 };
	bool ok;

	memset(&r, 0, sizeof r);
	if (!rules_load(new_rules, &r, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		rules_free(&r);
		return 2;
	}
	/* the trips that have not ended: their last day is today or later */
	date_format(today, from, sizeof from);
	q.trip_end_from = from;
	ok = hist_store_find(s, &q, affected_one, &x, why, sizeof why);
	hist_clean(new_rules, path, sizeof path);
	if (ok)
		printf("%ld recorded trips not yet ended checked against %s: %ld would change%s\n",
		       x.checked, path, x.changed,
		       x.unusable ? " (some records' answers do not read under the new rules)" : "");
	else
		fprintf(stderr, "entrydesk: %s\n", why);
	rules_free(&r);
	return ok ? 0 : 2;
}
