/* In-process costs: loading the rules, one verdict, one slip. Prints
 * figures; never fails on speed.
 * usage: bench RULES.ini ANSWERS.ini [BIG_RULES.ini] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/answers.h"
#include "core/evaluate.h"
#include "core/slip.h"
#include "core/verdict.h"
#include "load/answers_io.h"
#include "load/rules_load.h"

static volatile unsigned sink; /* keeps the loops from being optimized out */

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* mean time of one rules_load of `path`, in microseconds */
static double load_us(const char *path, int rounds)
{
	ed_rules r;
	ed_error err = {0};
	double t0 = now_ns();

	for (int i = 0; i < rounds; i++) {
		memset(&r, 0, sizeof r);
		if (!rules_load(path, &r, &err)) {
			fprintf(stderr, "bench: %s\n", err.msg);
			exit(2);
		}
		sink += (unsigned)r.n_ports;
		rules_free(&r);
	}
	return (now_ns() - t0) / rounds / 1e3;
}

int main(int argc, char **argv)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	ed_date today = {2026, 11, 21};
	struct rusage ru;
	const int verdicts = 1000000, parses = 200000, slips = 20000, loads = 50;
	double t0, small;

	if (argc < 3) {
		fprintf(stderr, "usage: bench RULES.ini ANSWERS.ini [BIG_RULES.ini]\n");
		return 2;
	}
	memset(&r, 0, sizeof r);
	if (!rules_load(argv[1], &r, &err) || !answers_load(argv[2], &raw, &err) ||
	    !answers_parse(&raw, &r, today, argv[2], &a, &err)) {
		fprintf(stderr, "bench: %s\n", err.msg);
		return 2;
	}

	t0 = now_ns();
	for (int i = 0; i < verdicts; i++) {
		verdict_evaluate(&a, &r, &v);
		sink += v.reasons + (unsigned)v.outcome;
	}
	printf("verdict (in process):   %8.0f ns per verdict (%d runs)\n",
	       (now_ns() - t0) / verdicts, verdicts);

	t0 = now_ns();
	for (int i = 0; i < parses; i++)
		sink += answers_parse(&raw, &r, today, argv[2], &a, &err);
	printf("answers_parse:          %8.0f ns per file's answers\n", (now_ns() - t0) / parses);

	t0 = now_ns();
	for (int i = 0; i < slips; i++) {
		char *s = slip_render(&a, &v, &r, a.date);
		sink += (unsigned)strlen(s);
		free(s);
	}
	printf("slip_render:            %8.0f ns per slip\n", (now_ns() - t0) / slips);

	small = load_us(argv[1], loads);
	printf("rules_load %-12s %8.0f us\n", "(normal):", small);
	if (argc > 3) {
		double big = load_us(argv[3], loads / 5 ? loads / 5 : 1);
		printf("rules_load %-12s %8.0f us (%.1fx the normal load time)\n", "(10x data):",
		       big, big / small);
	}
	raw_clear(&raw);
	rules_free(&r);
	getrusage(RUSAGE_SELF, &ru);
	printf("peak memory (bench):    %8ld KiB\n", ru.ru_maxrss);
	return 0;
}
