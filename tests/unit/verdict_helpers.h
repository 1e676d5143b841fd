/* Runs a check from a base set of answers with some changed, against the
 * project's real rules.ini, and describes the verdict as a desk would read
 * it (outcome, scheme, deadline, reason codes). */
#ifndef ED_VERDICT_HELPERS_H
#define ED_VERDICT_HELPERS_H

#include <stdio.h>

#include "core/evaluate.h"
#include "core/verdict_query.h"
#include "helpers.h"

static ed_rules R;
static ed_raw_answers RAW;
static ed_answers A;

static inline void verdict_setup(void)
{
	load_rules_or_die(RULES_PATH, &R);
	memset(&RAW, 0, sizeof RAW);
}

static inline void verdict_teardown(void)
{
	raw_clear(&RAW);
	rules_free(&R);
}

/* base answers, then changes ("section.key", "value"; "" removes the key) */
static inline void build(ed_flow flow, const char **base, const char **changes)
{
	raw_from_pairs(&RAW, flow, base);
	for (; changes && changes[0]; changes += 2) {
		const ed_answer_field *f = answers_field(flow, changes[0], NULL);
		cr_assert(f, "test changes unknown key %s", changes[0]);
		raw_set(&RAW, f->id, changes[1][0] ? changes[1] : NULL);
	}
}

static inline ed_verdict run_check(ed_flow flow, const char **base, const char **changes)
{
	ed_error err = {0};
	ed_verdict v;
	build(flow, base, changes);
	cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 21}, "test.ini", &A, &err),
		  "answers refused: %s", err.msg);
	verdict_evaluate(&A, &R, &v);
	return v;
}

static inline const char *reason_name(int i) { return reason_code((ed_reason)i); }
static inline const char *review_name(int i) { return review_code((ed_review)i); }

/* the codes of the bits set, comma-separated, in table order */
static inline const char *codes_of(unsigned bits, int count, const char *(*name)(int),
				   char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int i = 0; i < count; i++)
		if ((bits >> i) & 1u)
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? "," : "", name(i));
	return buf;
}

#define assert_reasons(v, want) do { \
	char rb_[256]; \
	cr_assert_str_eq(codes_of((v).reasons, R_COUNT, reason_name, rb_, sizeof rb_), (want)); \
} while (0)

#define assert_reviews(v, want) do { \
	char vb_[256]; \
	cr_assert_str_eq(codes_of((v).reviews, V_COUNT, review_name, vb_, sizeof vb_), (want)); \
} while (0)

#define assert_moment(m, want) do { \
	char mb_[32]; \
	moment_format((m), mb_, sizeof mb_); \
	cr_assert_str_eq(mb_, (want)); \
} while (0)

#define assert_outcome(v, want) \
	cr_assert_str_eq(outcome_name((v).outcome), (want))

/* the way of regime `id` judged in v, or NULL */
static inline const ed_way *way_of(const ed_verdict *v, const char *id)
{
	for (size_t i = 0; i < v->n_ways; i++)
		if (!strcmp(v->ways[i].regime->id, id))
			return &v->ways[i];
	return NULL;
}

/* the way in as --format ini names it */
static inline const char *way_in_id(const ed_verdict *v)
{
	const ed_way *w = verdict_way_in(v);
	return w ? w->regime->id : v->not_foreign ? "permit" :
	       v->passport_expired ? "renew_passport" : "visa";
}

#define assert_way(v, id, outcome_, reasons_, reviews_) do { \
	const ed_way *w_ = way_of(&(v), (id)); \
	char rb_[256]; \
	cr_assert(w_, "no way %s", (id)); \
	cr_assert_str_eq(outcome_name(w_->outcome), (outcome_), "%s", (id)); \
	codes_of(w_->reasons, R_COUNT, reason_name, rb_, sizeof rb_); \
	cr_assert_str_eq(rb_, (reasons_), "%s reasons: %s", (id), rb_); \
	codes_of(w_->reviews, V_COUNT, review_name, rb_, sizeof rb_); \
	cr_assert_str_eq(rb_, (reviews_), "%s reviews: %s", (id), rb_); \
} while (0)

#endif
