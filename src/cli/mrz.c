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

/* the non-blank lines of text (modified in place): at most `max` */
static size_t split_lines(char *text, char **lines, size_t max)
{
	size_t n = 0;
	char *save = NULL;

	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		size_t k = strlen(l);
		while (k > 0 && (l[k - 1] == '\r' || l[k - 1] == ' ' || l[k - 1] == '\t'))
			l[--k] = '\0';
		if (k == 0)
			continue;
		if (n < max)
			lines[n] = l;
		n++;
	}
	return n;
}

static void note_line(const char *text)
{
	printf("; note: %s\n", text);
}

int mrz_main(int argc, char **argv, const char *rules_path)
{
	char text[MRZ_INPUT_MAX + 1], why[256], buf[128];
	char *lines[MRZ_INPUT_LINES];
	size_t len, n;
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
	len = fread(text, 1, sizeof text, stdin);
	if (len > MRZ_INPUT_MAX || memchr(text, '\0', len)) {
		fprintf(stderr, "entrydesk mrz: standard input: %s; accepted: the 2 or 3 lines "
			"of a machine-readable zone\n",
			len > MRZ_INPUT_MAX ? "more than 4096 bytes" : "a NUL byte");
		rules_free(&r);
		return 2;
	}
	text[len] = '\0';
	n = split_lines(text, lines, MRZ_INPUT_LINES);
	if (!mrz_parse((const char *const *)lines, n > MRZ_MAX_LINES ? MRZ_MAX_LINES + 1 : n,
		       today, &m, why, sizeof why)) {
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
