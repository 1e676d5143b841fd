/* `entrydesk mrz`: reads the lines a passport scanner types (stdin), and
 * prints the [traveller] keys of the answers file they fill, with the
 * notes rules.ini gives (as ; comments). The zone's data is personal:
 * messages name the check or the position at fault, never the data. */
#include "cli/mrz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli_rules.h"
#include "core/mrz.h"

/* a zone is 92 characters; a scanner adds line ends and maybe spaces */
#define MRZ_INPUT_MAX 4096
#define MRZ_INPUT_LINES 8

static void mrz_usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk [--rules FILE] mrz [--rules FILE] < ZONE\n"
		"\n"
		"Reads the machine-readable zone of a passport (2 lines of 44) or a card\n"
		"(2 lines of 36, 3 of 30) on standard input, as a scanner types it, and\n"
		"prints the [traveller] answers it gives. Every check digit is verified.\n"
		"Exit status: 0 read; 1 read, with a note the agent must act on (the\n"
		"nationality, or not a passport); 2 not readable (one line on stderr).\n"
		"See entrydesk(1).\n");
}

/* Reads the zone's non-blank lines (trailing blanks and CR removed) into
 * text: until the zone the first line announces is complete, else to the
 * end of input. Returns how many lines there were (only the first `max`
 * are in lines), or sets *problem. */
static size_t read_zone(FILE *in, char *text, size_t cap, char **lines, size_t max,
			const char **problem)
{
	size_t len = 0, n = 0, start = 0, want = 0;
	int c;

	*problem = NULL;
	for (;;) {
		c = getc(in);
		if (c == '\0') {
			*problem = "a NUL byte";
			return 0;
		}
		if (c != EOF && c != '\n') {
			if (len + 1 >= cap) {
				*problem = "more than 4096 bytes";
				return 0;
			}
			text[len++] = (char)c;
			continue;
		}
		while (len > start && strchr("\r \t", text[len - 1]))
			len--;
		text[len] = '\0';
		if (len > start) {
			if (n < max)
				lines[n] = text + start;
			if (n++ == 0)
				want = mrz_lines_expected(text + start);
			len++;
			start = len;
		}
		if (c == EOF || (want && n == want))
			return n;
	}
}

static void note_line(const char *text)
{
	printf("; note: %s\n", text);
}

int mrz_main(int argc, char **argv, const char *rules_path)
{
	char text[MRZ_INPUT_MAX + 1], why[256], buf[128];
	char *lines[MRZ_INPUT_LINES];
	const char *problem;
	size_t n;
	ed_rules r;
	ed_date today;
	ed_mrz m;
	ed_mrz_nationality nat;
	int status = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			mrz_usage(stdout);
			return 0;
		} else if (!strcmp(argv[i], "--rules") && i + 1 < argc) {
			rules_path = argv[++i];
		} else {
			fprintf(stderr, "entrydesk mrz: unknown or incomplete option '%s'\n", argv[i]);
			mrz_usage(stderr);
			return 2;
		}
	}
	if (!cli_rules_open(rules_path, &r, &today))
		return 2;
	n = read_zone(stdin, text, sizeof text, lines, MRZ_INPUT_LINES, &problem);
	if (problem) {
		fprintf(stderr, "entrydesk mrz: standard input: %s; accepted: the 2 or 3 lines "
			"of a machine-readable zone\n", problem);
		rules_free(&r);
		return 2;
	}
	/* past 3 lines, mrz_parse only counts them */
	if (!mrz_parse((const char *const *)lines, n, today, &m, why, sizeof why)) {
		fprintf(stderr, "entrydesk mrz: %s\n", why);
		rules_free(&r);
		return 2;
	}
	if (!mrz_nationality(&r, m.nationality, &nat)) {
		fprintf(stderr, "entrydesk mrz: the nationality code %s is neither an ISO 3166-1 "
			"code nor in %s [mrz.codes] or [mrz.note.NAME]; accepted: a code of "
			"ICAO Doc 9303 Part 3 that the rules know\n", m.nationality, r.path);
		rules_free(&r);
		return 2;
	}
	printf("[traveller]\n");
	mrz_name(&m, buf, sizeof buf);
	printf("name = %s\n", buf);
	if (nat.iso[0])
		printf("nationality = %s\n", nat.iso);
	printf("passport_number = %s\n", m.number);
	date_format(m.expiry, buf, sizeof buf);
	printf("passport_expiry = %s\n", buf);
	if (m.birth_known) {
		date_format(m.birth, buf, sizeof buf);
		printf("birth_date = %s\n", buf);
	}
	if (m.sex != 'X')
		printf("gender = %s\n", m.sex == 'F' ? "female" : "male");
	if (nat.note) {
		note_line(nat.note);
		printf("; source: %s\n", nat.source ? nat.source : "");
		status = 1;
	}
	if (m.format != MRZ_TD3) {
		note_line(rules_text(&r, "mrz.texts:not_passport"));
		status = 1;
	}
	if (m.name_full)
		note_line(rules_text(&r, "mrz.texts:name_full"));
	rules_free(&r);
	return status;
}
