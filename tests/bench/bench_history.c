/* The history's costs: recording checks and finding by name. Prints
 * medians; never fails on speed.
 * usage: bench-history DATABASE ANSWERS.ini RECORDS
 * DATABASE: a SQLite file or a postgresql:// URI (made empty first). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/evaluate.h"
#include "core/slip.h"
#include "core/verdict.h"
#include "history/record.h"
#include "history/record_make.h"
#include "history/store.h"
#include "load/answers_io.h"
#include "load/rules_load.h"

static double now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static bool count(void *ctx, const hist_record *rec)
{
	(void)rec;
	(*(long *)ctx)++;
	return true;
}

static void die(const char *what, const char *why)
{
	fprintf(stderr, "bench-history: %s: %s\n", what, why);
	exit(2);
}

int main(int argc, char **argv)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	hist_record rec;
	hist_meta m = { 1795249309, "bench-counter", "bench", "sha256:bench" };
	hist_store *s;
	char why[1500];
	const size_t recorded = 10000, opened = 500, finds = 21;
	size_t total;
	double *t;

	if (argc != 4)
		die("usage", "bench-history DATABASE ANSWERS.ini RECORDS");
	setlocale(LC_CTYPE, "C.UTF-8");
	total = (size_t)atol(argv[3]);
	memset(&r, 0, sizeof r);
	if (!rules_load("rules.ini", &r, &err) || !answers_load(argv[2], &raw, &err) ||
	    !answers_parse(&raw, &r, (ed_date){ 2026, 11, 21 }, argv[2], &a, &err))
		die("input", err.msg);
	verdict_evaluate(&a, &r, &v);
	{
		slipdoc *doc = slip_doc(&a, &v, &r, a.date);
		if (!doc || !hist_record_make(&rec, &m, &raw, &a, &v, &r, doc))
			die("record", "out of memory");
		slipdoc_free(doc);
	}
	if (!(s = hist_store_open(argv[1], why, sizeof why)))
		die(argv[1], why);
	t = calloc(total > recorded ? total : recorded, sizeof *t);

	/* recording: each check its own transaction, as a counter makes them */
	for (size_t i = 0; i < recorded; i++) {
		double t0 = now_us();
		if (!hist_store_add(s, &rec, why, sizeof why))
			die("add", why);
		t[i] = now_us() - t0;
	}
	printf("%s: record one check (insert, own transaction): median %.0f us over %zu\n",
	       hist_store_engine(s), median(t, recorded), recorded);
	/* as the wizard does: open (schema checked), insert, close */
	for (size_t i = 0; i < opened; i++) {
		double t0 = now_us();
		hist_store *o = hist_store_open(argv[1], why, sizeof why);
		if (!o || !hist_store_add(o, &rec, why, sizeof why))
			die("open and add", why);
		hist_store_close(o);
		t[i] = now_us() - t0;
	}
	printf("%s: open + record + close: median %.0f us over %zu\n", hist_store_engine(s),
	       median(t, opened), opened);

	/* up to `total` records, names varied, one in a thousand the one
	 * sought; filled in one transaction (it is not what is measured) */
	if (!hist_store_begin(s, why, sizeof why))
		die("begin", why);
	for (size_t i = recorded + opened; i < total; i++) {
		char name[64];
		snprintf(name, sizeof name, i % 1000 ? "TRAVELLER%06zu, ANNA" : "MÜLLER%zu, ANNA", i);
		hist_record_set(&rec, HF_NAME, name);
		hist_record_set(&rec, HF_NAME_KEY, name);
		if (!hist_store_add(s, &rec, why, sizeof why))
			die("fill", why);
	}
	if (!hist_store_commit(s, why, sizeof why))
		die("commit", why);
	for (size_t i = 0; i < finds; i++) {
		hist_query q = { .name = "müller" };
		long n = 0;
		double t0 = now_us();
		if (!hist_store_find(s, &q, count, &n, why, sizeof why))
			die("find", why);
		t[i] = now_us() - t0;
		if (i == 0)
			printf("%s: %zu records, --name müller finds %ld\n", hist_store_engine(s),
			       total > recorded + opened ? total : recorded + opened, n);
	}
	printf("%s: find by name (in process): median %.1f ms over %zu\n", hist_store_engine(s),
	       median(t, finds) / 1000, finds);
	free(t);
	hist_store_close(s);
	hist_record_clear(&rec);
	raw_clear(&raw);
	rules_free(&r);
	return 0;
}
