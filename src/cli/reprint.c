/* `entrydesk reprint ID`: the slip of a check on record exactly as it was
 * given, marked as a reprint; --recheck runs its answers against today's
 * rules and says what changed before the new slip. */
#include "cli/history.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli_rules.h"
#include "cli/history_common.h"
#include "core/slip.h"
#include "history/reprint.h"
#include "history/rerun.h"
#include "load/paths.h"
#include "cli/slips_out.h"

static void reprint_usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk reprint ID [--recheck] [--format text|pdf --output FILE]\n"
		"                 [--paper a4|letter]\n"
		"\n"
		"Prints the slip of the check ID of `entrydesk history` exactly as it was\n"
		"given, marked as a reprint.\n"
		"  --recheck        runs the check's answers against today's rules: a line\n"
		"                   says what changed (way in, outcome, deadline, area),\n"
		"                   then the new slip\n"
		"  --format FORMAT  text (the default) or pdf, written to --output FILE\n"
		"                   (mode 0600)\n"
		"See entrydesk(1).\n");
}

/* the one record of that id, copied */
static bool copy_record(void *ctx, const hist_record *rec)
{
	if (!hist_record_copy(ctx, rec))
		((hist_record *)ctx)->id = -1;
	return false;
}

/* the recheck's line: what core now says against what it said then */
static void recheck_line(const hist_record *rec, const hist_rerun *now, const ed_rules *r)
{
	char change[1200], asof[16];

	date_format(rules_newest_as_of(r), asof, sizeof asof);
	if (hist_rerun_changes(rec, &now->rec, change, sizeof change) > 0)
		printf("Rechecked under the rules as of %s: changed since the check of %s: %s\n",
		       asof, hist_record_get(rec, HF_AT_TEXT), change);
	else
		printf("Rechecked under the rules as of %s: way in, outcome, deadline and area "
		       "unchanged since the check of %s\n", asof, hist_record_get(rec, HF_AT_TEXT));
}

/* the slip out: text on stdout, or the PDF made by entrydesk-slip as
 * check --format pdf makes it; false said on stderr */
static bool put_slip(slipdoc *doc, sd_chinese zh, const char *output, const char *paper)
{
	sd_slips set = {0};
	bool ok;

	if (!output) {
		char *text = slipdoc_text(doc, SLIP_WIDTH, false);
		slipdoc_free(doc);
		if (!text) {
			fprintf(stderr, "entrydesk reprint: out of memory\n");
			return false;
		}
		fputs(text, stdout);
		free(text);
		return true;
	}
	if (!sd_slips_add(&set, doc, zh)) {
		fprintf(stderr, "entrydesk reprint: out of memory\n");
		sd_slips_free(&set);
		return false;
	}
	ok = check_slips_out(&set, output, paper) == 0;
	sd_slips_free(&set);
	return ok;
}

int reprint_main(int argc, char **argv, const char *rules_path)
{
	const char *format = "text", *output = NULL, *paper_name = "a4", *id_text = NULL;
	bool recheck = false, ok;
	hist_record rec = {0};
	hist_query q = { .full = true };
	hist_rerun now;
	hist_desk desk;
	hist_store *s;
	ed_rules rules;
	ed_date today;
	char why[1500], *end;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			reprint_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--recheck")) {
			recheck = true;
		} else if (!strcmp(a, "--format") && i + 1 < argc) {
			format = argv[++i];
		} else if (!strcmp(a, "--output") && i + 1 < argc) {
			output = argv[++i];
		} else if (!strcmp(a, "--paper") && i + 1 < argc) {
			paper_name = argv[++i];
		} else if (a[0] != '-' && !id_text) {
			id_text = a;
		} else {
			fprintf(stderr, "entrydesk reprint: unknown or incomplete option '%s'\n", a);
			reprint_usage(stderr);
			return 2;
		}
	}
	q.id = id_text ? strtoll(id_text, &end, 10) : 0;
	if (!id_text || *end || q.id <= 0) {
		fprintf(stderr, "entrydesk reprint: ID: accepted: the number of a check that "
			"`entrydesk history` lists\n");
		return 2;
	}
	if (strcmp(format, "text") && strcmp(format, "pdf")) {
		fprintf(stderr, "entrydesk reprint: --format: accepted: text or pdf\n");
		return 2;
	}
	if (!strcmp(format, "pdf") != (output != NULL) || (output && !*output)) {
		fprintf(stderr, "entrydesk reprint: --format pdf and --output FILE go together\n");
		return 2;
	}
	if (strcmp(paper_name, "a4") && strcmp(paper_name, "letter")) {
		fprintf(stderr, "entrydesk reprint: --paper: accepted: a4 or letter\n");
		return 2;
	}
	if (!cli_rules_open(rules_path, &rules, &today))
		return 2;
	s = history_cli_open(&desk, paths_rules(rules_path));
	ok = s && hist_store_find(s, &q, copy_record, &rec, why, sizeof why);
	if (s && !ok)
		fprintf(stderr, "entrydesk: %s\n", why);
	hist_store_close(s);
	if (ok && rec.id != q.id) {
		fprintf(stderr, "entrydesk reprint: ID: no check %lld on record (or out of memory)\n",
			q.id);
		ok = false;
	}
	if (ok && recheck) {
		if (!hist_rerun_make(&now, &rec, &rules, today, why, sizeof why)) {
			fprintf(stderr, "entrydesk reprint: --recheck: %s\n", why);
			ok = false;
		} else {
			recheck_line(&rec, &now, &rules);
			ok = put_slip(slip_doc(&now.a, &now.v, &rules, today), slip_chinese_for(&now.a),
				      output, paper_name);
			hist_rerun_free(&now);
		}
	} else if (ok) {
		slipdoc *doc = hist_reprint_doc(&rec, &rules, why, sizeof why);
		if (!doc)
			fprintf(stderr, "entrydesk reprint: %s\n", why);
		ok = doc && put_slip(doc, hist_reprint_chinese(&rec, &rules, today), output, paper_name);
	}
	hist_record_clear(&rec);
	rules_free(&rules);
	return ok ? 0 : 2;
}
