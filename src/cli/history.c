/* `entrydesk history`: one line a check, newest first; --purge; and the
 * day's report and --affected-by (history_report.c). */
#include "cli/history.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli_rules.h"
#include "cli/history_common.h"
#include "load/paths.h"

static void history_usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk history [--since DATE] [--until DATE] [--name TEXT]\n"
		"                         [--passport LAST] [--format text|ini]\n"
		"       entrydesk history --report DATE\n"
		"       entrydesk history --affected-by NEW_RULES.ini\n"
		"       entrydesk history --purge\n"
		"\n"
		"Lists the checks on record, newest first, names and numbers masked.\n"
		"  --since DATE, --until DATE  checks made on or after, on or before DATE\n"
		"                   (YYYY-MM-DD, China time)\n"
		"  --name TEXT      checks whose traveller's name holds TEXT (any case)\n"
		"  --passport LAST  checks whose passport or permit number ends in LAST\n"
		"  --format FORMAT  text: a line a check (the default); ini: a section each\n"
		"  --report DATE    the day's checks counted by flow, way in and outcome,\n"
		"                   with the refusals and the points to confirm\n"
		"  --affected-by FILE  the trips not yet ended that the rules of FILE would\n"
		"                   judge otherwise, and how\n"
		"  --purge          deletes the records older than [history] keep_days\n"
		"See entrydesk(1).\n");
}

/* a date option's value; false (said) when it is not one */
static bool date_option(const char *opt, const char *v, ed_date *out)
{
	if (date_parse(v, out))
		return true;
	fprintf(stderr, "entrydesk history: %s: not a date; accepted: YYYY-MM-DD\n", opt);
	return false;
}

/* --name: printable text of at most 100 bytes */
static bool name_ok(const char *v)
{
	size_t n = strlen(v);

	for (const char *p = v; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			n = 0;
	if (n > 0 && n <= 100)
		return true;
	fprintf(stderr, "entrydesk history: --name: accepted: part of a name, 1 to 100 "
		"characters, no control characters\n");
	return false;
}

/* --passport: the last 1 to 9 letters or digits of a number */
static bool last_ok(const char *v)
{
	size_t n = strlen(v);

	for (const char *p = v; *p; p++)
		if (!isalnum((unsigned char)*p))
			n = 0;
	if (n > 0 && n <= 9)
		return true;
	fprintf(stderr, "entrydesk history: --passport: accepted: the last 1 to 9 letters or "
		"digits of a passport or permit number\n");
	return false;
}

typedef struct list_ctx {
	bool ini;
	long n;
} list_ctx;

static bool list_one(void *ctx, const hist_record *rec)
{
	list_ctx *l = ctx;

	if (l->ini)
		history_section(stdout, rec);
	else
		history_line(stdout, rec);
	l->n++;
	return true;
}

int history_main(int argc, char **argv, const char *rules_path)
{
	const char *format = "text", *affected = NULL;
	hist_query q = {0};
	ed_date since = {0}, until = {0}, report = {0};
	bool has_since = false, has_until = false, has_report = false, purge = false;
	char why[1500] = "";
	hist_desk desk;
	hist_store *s;
	ed_rules rules;
	ed_date today;
	int status = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			history_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--purge")) {
			purge = true;
			continue;
		} else if (!v) {
			fprintf(stderr, "entrydesk history: unknown or incomplete option '%s'\n", a);
			history_usage(stderr);
			return 2;
		}
		i++;
		if (!strcmp(a, "--since")) {
			if (!date_option(a, v, &since))
				return 2;
			has_since = true;
		} else if (!strcmp(a, "--until")) {
			if (!date_option(a, v, &until))
				return 2;
			has_until = true;
		} else if (!strcmp(a, "--report")) {
			if (!date_option(a, v, &report))
				return 2;
			has_report = true;
		} else if (!strcmp(a, "--name")) {
			if (!name_ok(v))
				return 2;
			q.name = v;
		} else if (!strcmp(a, "--passport")) {
			if (!last_ok(v))
				return 2;
			q.number_end = v;
		} else if (!strcmp(a, "--format")) {
			format = v;
		} else if (!strcmp(a, "--affected-by")) {
			affected = v;
		} else if (!strcmp(a, "--rules")) {
			rules_path = v;
		} else {
			fprintf(stderr, "entrydesk history: unknown option '%s'\n", a);
			history_usage(stderr);
			return 2;
		}
	}
	if (strcmp(format, "text") && strcmp(format, "ini")) {
		fprintf(stderr, "entrydesk history: --format: accepted: text or ini\n");
		return 2;
	}
	if (has_since && has_until && date_cmp(since, until) > 0) {
		fprintf(stderr, "entrydesk history: --until: before --since; accepted: a date on "
			"or after --since\n");
		return 2;
	}
	if (!cli_rules_open(rules_path, &rules, &today))
		return 2;
	s = history_cli_open(&desk, paths_rules(rules_path));
	if (!s) {
		rules_free(&rules);
		return 2;
	}
	if (purge) {
		long n = 0;
		if (hist_store_purge(s, hist_desk_now(today) - (long long)desk.keep_days * 86400,
				     &n, why, sizeof why))
			printf("%ld records older than %d days deleted\n", n, desk.keep_days);
		else
			status = 2;
	} else if (has_report) {
		status = history_report(s, report);
	} else if (affected) {
		status = history_affected(s, affected, today);
	} else {
		list_ctx l = { !strcmp(format, "ini"), 0 };
		if (has_since)
			q.since = hist_day_start(since);
		if (has_until)
			q.until = hist_day_start(date_add_days(until, 1));
		if (!hist_store_find(s, &q, list_one, &l, why, sizeof why))
			status = 2;
	}
	if (status == 2 && why[0])
		fprintf(stderr, "entrydesk: %s\n", why);
	hist_store_close(s);
	rules_free(&rules);
	return status;
}
