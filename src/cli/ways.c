/* `entrydesk ways`: every way in for an ordinary passport of one
 * nationality on one day (today in China by default), in the words of
 * rules.ini [ways] quick_*. */
#include "cli/ways.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli_rules.h"
#include "core/ways.h"

static void ways_usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk [--rules FILE] ways [--rules FILE] NATIONALITY [DATE]\n"
		"\n"
		"Lists every way into China without a visa for an ordinary passport of\n"
		"NATIONALITY (a code or a name, as the wizard's country fields take\n"
		"it: GBR, British, Germany) entering on DATE (YYYY-MM-DD or 5DEC26;\n"
		"default: today in China, or $ENTRYDESK_TODAY), best first, and what\n"
		"fails for the others.\n"
		"Exit status: 0 answered; 2 unusable rules, nationality or date.\n"
		"See entrydesk(1).\n");
}

int ways_main(int argc, char **argv, const char *rules_path)
{
	const char *nat = NULL, *day_text = NULL;
	char code[4];
	size_t n_cand;
	ed_rules r;
	ed_date today, day;
	ed_quick q;
	text_buf b = {0};

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			ways_usage(stdout);
			return 0;
		} else if (!strcmp(argv[i], "--rules") && i + 1 < argc) {
			rules_path = argv[++i];
		} else if (argv[i][0] != '-' && !nat) {
			nat = argv[i];
		} else if (argv[i][0] != '-' && !day_text) {
			day_text = argv[i];
		} else {
			fprintf(stderr, "entrydesk ways: unknown or extra argument '%s'\n", argv[i]);
			ways_usage(stderr);
			return 2;
		}
	}
	if (!nat) {
		fprintf(stderr, "entrydesk ways: the nationality is missing; accepted: a code "
			"or a name, e.g. GBR or British\n");
		ways_usage(stderr);
		return 2;
	}
	/* quoted in the messages below: only clean text (issue 17), never a
	 * control sequence onto the agent's terminal */
	if (!text_clean(nat) || (day_text && !text_clean(day_text))) {
		fprintf(stderr, "entrydesk ways: the %s has a control character or bytes that "
			"are not UTF-8; accepted: a code or a name, e.g. GBR or British, and a "
			"date such as 2026-12-05\n", text_clean(nat) ? "date" : "nationality");
		return 2;
	}
	if (!cli_rules_open(rules_path, &r, &today))
		return 2;
	if (!ways_nationality(&r, nat, code, &n_cand)) {
		fprintf(stderr, n_cand ? "entrydesk ways: nationality '%s' may be %zu countries; "
			"accepted: its code or full name\n" :
			"entrydesk ways: nationality '%s' names no country the rules know%.0zu; "
			"accepted: an ISO 3166-1 alpha-3 code or a country's name\n", nat, n_cand);
		rules_free(&r);
		return 2;
	}
	day = today;
	if (day_text && !date_parse_any(day_text, today, &day)) {
		fprintf(stderr, "entrydesk ways: date '%s' is not a date; accepted: YYYY-MM-DD "
			"or the airline form (5DEC26)\n", day_text);
		rules_free(&r);
		return 2;
	}
	ways_quick(&r, code, day, &q);
	ways_quick_text(&q, &r, 78, &b);
	fputs(b.s ? b.s : "", stdout);
	text_buf_free(&b);
	rules_free(&r);
	return 0;
}
