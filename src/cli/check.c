/* `entrydesk check`: answers files in, slips or [verdict] sections out.
 * Exit 0 when every file was evaluated, whatever the outcomes; 2 when the
 * rules or any answers file cannot be used. */
#include "cli/check.h"
#include "cli/group.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/slips_out.h"
#include "core/answers.h"
#include "core/date.h"
#include "core/result.h"
#include "core/slip.h"
#include "load/verdict_ini.h"
#include "core/text.h"
#include "core/verdict.h"
#include "history/desk.h"
#include "load/answers_io.h"
#include "load/paths.h"
#include "load/rules_load.h"
#include "load/slip_run.h"
#include "load/today.h"

static void check_usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk [--rules FILE] check [--rules FILE] [--format text|ini] [--record]\n"
		"                 ANSWERS.ini...\n"
		"       entrydesk [--rules FILE] check [...] --group MANIFEST.csv TRIP.ini\n"
		"       entrydesk [--rules FILE] check --format pdf --output FILE [--paper a4|letter]\n"
		"                 ANSWERS.ini... | --group MANIFEST.csv TRIP.ini\n"
		"\n"
		"Evaluates each answers file against the rules and prints its slip\n"
		"(--format text, the default) or a [verdict] section (--format ini).\n"
		"  --rules FILE     rules to apply (default: $ENTRYDESK_RULES, ./rules.ini,\n"
		"                   then the installed one)\n"
		"  --format FORMAT  text: the printed slip; ini: machine-readable sections\n"
		"  --group MANIFEST every traveller of a manifest (CSV) on the trip of\n"
		"                   TRIP.ini: the group sheet, or a [rowN] section per row\n"
		"  --format FORMAT  text: the printed slip; ini: machine-readable sections;\n"
		"                   pdf: the typeset slips, one PDF, each from a new page\n"
		"                   (with --group: the sheet, then each traveller's slip);\n"
		"                   slipdoc: the slips as entrydesk-slip reads them\n"
		"  --output FILE    the PDF to write (mode 0600: it names the travellers)\n"
		"  --paper PAPER    a4 (the default) or letter\n"
		"  --record         keep each check in the history (see entrydesk history)\n"
		"Today is the date in China (UTC+8), or $ENTRYDESK_TODAY (YYYY-MM-DD).\n"
		"Exit status: 0 every file evaluated; 2 unusable rules or answers.\n"
		"See entrydesk(1).\n");
}

/* The [section] name of one file in a multi-file report: its base name
 * without .ini, limited to characters an INI section name can hold. */
static void section_name(const char *path, char *out, size_t size)
{
	const char *base = strrchr(path, '/');
	size_t n, i, k = 0;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n > 4 && !strcmp(base + n - 4, ".ini"))
		n -= 4;
	for (i = 0; i < n && k + 1 < size; i++) {
		char ch = base[i];
		out[k++] = (ch == '[' || ch == ']' || ch == ';' || ch == '#' ||
			    ch == '=' || ch == ' ' || (unsigned char)ch < 0x20) ? '_' : ch;
	}
	if (k == 0 && size > 1)
		out[k++] = '_';
	out[k] = '\0';
}

/* The names already given to sections, so that two files of the same base
 * name (a/x.ini, b/x.ini) get [x] and [x_2]. */
typedef struct section_names {
	char **names;
	size_t n;
} section_names;

static void unique_section(section_names *used, const char *path, char *out, size_t size)
{
	char base[96];
	char **grown;
	size_t i;
	int k = 1;

	section_name(path, base, sizeof base);
	snprintf(out, size, "%s", base);
	for (i = 0; i < used->n; i++) {
		if (!strcmp(used->names[i], out)) {
			snprintf(out, size, "%s_%d", base, ++k);
			i = (size_t)-1; /* check the new name against all again */
		}
	}
	grown = realloc(used->names, (used->n + 1) * sizeof *grown);
	if (!grown)
		return;
	used->names = grown;
	used->names[used->n] = text_dup(out);
	if (used->names[used->n])
		used->n++;
}

/* prints the text or [verdict] of one output, after the form feed or blank
 * line that separates it from the one before; false on out of memory */
static bool put_report(char *out, bool ini, bool first, const char *path)
{
	if (!out) {
		fprintf(stderr, "entrydesk: %s: out of memory\n", path);
		return false;
	}
	/* slips are separated by a form feed: one page each when printed */
	if (!first)
		fputs(ini ? "\n" : "\f", stdout);
	fputs(out, stdout);
	free(out);
	return true;
}

/* evaluates one file and prints its report, or adds its slip to `pdf`;
 * false on unusable input */
/* --record: the history, and whether its failure was said already */
typedef struct check_record {
	hist_desk desk;
	bool said;
} check_record;

/* records one evaluated file; the check stands even when this fails, and
 * the failure is said once per run (never with the traveller's data) */
static void record_file(check_record *rec, const ed_raw_answers *raw, const ed_answers *a,
			const ed_verdict *v, const ed_rules *r, ed_date today)
{
	char why[1500];

	if (!hist_desk_record(&rec->desk, hist_desk_now(today), raw, a, v, r, why, sizeof why) &&
	    !rec->said) {
		fprintf(stderr, "entrydesk: warning: %s\n", why);
		rec->said = true;
	}
}

static bool check_file(const char *path, const ed_rules *r, ed_date today, bool ini,
		       section_names *many, bool first, sd_slips *pdf, check_record *rec)
{
	ed_raw_answers raw = {{0}};
	ed_result res;
	ed_error err = {0};
	char section[128], *out;
	bool ok;

	if (!answers_load(path, &raw, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		raw_clear(&raw);
		return false;
	}
	/* the one result every view shows; answers saved at the wizard's
	 * early e-pass refusal give the same refusal, from what was answered
	 * (--record takes complete answers) */
	if (!result_build(&res, rec ? RESULT_COMPLETE : RESULT_FINAL, FLOW_TRANSIT, &raw, r, today,
			  path) || res.failed) {
		fprintf(stderr, "entrydesk: %s\n", res.err.msg);
		result_free(&res);
		raw_clear(&raw);
		return false;
	}
	if (rec)
		record_file(rec, &raw, &res.p.a, &res.v, r, today);
	if (pdf) {
		ok = sd_slips_add(pdf, res.doc, slip_chinese_for(&res.p.a));
		res.doc = NULL; /* the set owns it */
		if (!ok)
			fprintf(stderr, "entrydesk: %s: out of memory\n", path);
	} else if (ini) {
		if (many)
			unique_section(many, path, section, sizeof section);
		else
			snprintf(section, sizeof section, "verdict");
		out = report_ini(section, &res.p.a, &res.v, r);
		ok = put_report(out, ini, first, path);
	} else {
		out = res.slip;
		res.slip = NULL;
		ok = put_report(out, ini, first, path);
	}
	result_free(&res);
	raw_clear(&raw);
	return ok;
}

int check_main(int argc, char **argv, const char *rules_path)
{
	const char *format = "text", *group = NULL, *output = NULL, *paper_name = "a4";
	sd_slips pdf = {0};
	bool want_pdf, want_doc;
	ed_rules rules;
	ed_error err = {0};
	ed_date today;
	int i, first_file = -1, n_files = 0, status = 0;
	bool ini, options_done = false, printed = false, record = false;
	check_record rec = { .said = false };
	section_names used = {NULL, 0};
	size_t k;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (options_done || a[0] != '-' || !strcmp(a, "-")) {
			if (first_file < 0)
				first_file = i;
			n_files++;
			continue;
		}
		if (!strcmp(a, "--")) {
			options_done = true;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			check_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--rules") && i + 1 < argc) {
			rules_path = argv[++i];
		} else if (!strncmp(a, "--rules=", 8)) {
			rules_path = a + 8;
		} else if (!strcmp(a, "--format") && i + 1 < argc) {
			format = argv[++i];
		} else if (!strncmp(a, "--format=", 9)) {
			format = a + 9;
		} else if (!strcmp(a, "--record")) {
			record = true;
		} else if (!strcmp(a, "--group") && i + 1 < argc) {
			group = argv[++i];
		} else if (!strcmp(a, "--output") && i + 1 < argc) {
			output = argv[++i];
		} else if (!strncmp(a, "--output=", 9)) {
			output = a + 9;
		} else if (!strcmp(a, "--paper") && i + 1 < argc) {
			paper_name = argv[++i];
		} else if (!strncmp(a, "--paper=", 8)) {
			paper_name = a + 8;
		} else {
			fprintf(stderr, "entrydesk check: unknown or incomplete option '%s'\n", a);
			check_usage(stderr);
			return 2;
		}
	}
	if (strcmp(format, "text") && strcmp(format, "ini") && strcmp(format, "pdf") &&
	    strcmp(format, "slipdoc")) {
		fprintf(stderr, "entrydesk check: --format: unknown format '%s'; "
			"accepted: text, ini, pdf or slipdoc\n", format);
		return 2;
	}
	ini = !strcmp(format, "ini");
	want_pdf = !strcmp(format, "pdf");
	want_doc = !strcmp(format, "slipdoc");
	if (group && record) {
		fprintf(stderr, "entrydesk check: --record records answers files, not a --group "
			"sheet; accepted: --record with ANSWERS.ini files\n");
		return 2;
	}
	if (want_pdf != (output != NULL) || (want_pdf && !*output)) {
		fprintf(stderr, "entrydesk check: --format pdf and --output FILE go together\n");
		return 2;
	}
	if (strcmp(paper_name, "a4") && strcmp(paper_name, "letter")) {
		fprintf(stderr, "entrydesk check: --paper: accepted: a4 or letter\n");
		return 2;
	}
	if (group) { /* src/cli/group.c */
		group_output o = { ini, want_pdf || want_doc, output, paper_name };
		return group_check(group, n_files == 1 ? argv[first_file] : NULL, rules_path, o);
	}
	if (n_files == 0) {
		fprintf(stderr, "entrydesk check: no answers file given\n");
		check_usage(stderr);
		return 2;
	}
	memset(&rules, 0, sizeof rules);
	if (!rules_load(paths_rules(rules_path), &rules, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		return 2;
	}
	/* the texts rules.ini must have were checked by rules_load */
	if (!today_get(&rules, &today, &err)) {
		if (err.msg[0])
			fprintf(stderr, "entrydesk: %s\n", err.msg);
		rules_free(&rules);
		return 2;
	}
	if (record) {
		char said[1500];
		size_t sent;
		long purged;
		/* the queue of an earlier run goes first, and old records go */
		if (!hist_desk_init(&rec.desk, paths_rules(rules_path), said, sizeof said)) {
			fprintf(stderr, "entrydesk: warning: %s\n", said);
			record = false;
		} else {
			/* a database out of reach is said by the first record,
			 * with where the record waits */
			hist_desk_start(&rec.desk, hist_desk_now(today), &sent, &purged, said,
					sizeof said);
		}
	}
	/* every file is tried, so one bad file does not hide the others'
	 * results; any bad file still makes the status 2 */
	options_done = false;
	for (i = first_file; i < argc; i++) {
		const char *a = argv[i];
		if (!options_done && a[0] == '-' && strcmp(a, "-")) {
			if (!strcmp(a, "--"))
				options_done = true;
			else if ((!strcmp(a, "--rules") || !strcmp(a, "--format") ||
				  !strcmp(a, "--output") || !strcmp(a, "--paper")) && i + 1 < argc)
				i++;
			continue;
		}
		if (check_file(a, &rules, today, ini, n_files > 1 ? &used : NULL, !printed,
			       want_pdf || want_doc ? &pdf : NULL, record ? &rec : NULL))
			printed = true;
		else
			status = 2;
	}
	/* the usable files' slips, as the other formats print them, typeset
	 * by entrydesk-slip */
	if ((want_pdf || want_doc) && pdf.n > 0 && check_slips_out(&pdf, output, paper_name))
		status = 2;
	sd_slips_free(&pdf);
	for (k = 0; k < used.n; k++)
		free(used.names[k]);
	free(used.names);
	rules_free(&rules);
	return status;
}
