/* A tour group judged as a whole (issue 12): the group regimes count the
 * group's foreign travellers, whatever one traveller's answers say; a
 * Chinese citizen in the group is no foreign visitor; the trip's own
 * group_size must agree with the group. Against the real rules.ini. */
#include "core/group.h"
#include "verdict_helpers.h"

/* A Greater Bay Area tour: Hong Kong - Shenzhen, 6 days, the group
 * entering and leaving together; no group_size: the group says it */
static const char *GBA[] = {
	"check.flow", "transit",
	"check.date", "2026-11-29",
	"traveller.nationality", "USA",
	"traveller.passport_expiry", "2031-05-31",
	"trip.arriving_from", "HKG",
	"trip.entry_port", "SZX",
	"trip.entry_date", "2026-12-01",
	"trip.destination", "HKG",
	"trip.departure_date", "2026-12-06",
	"trip.seat_confirmed", "yes",
	"trip.purpose", "tourism",
	"trip.group", "hk_macao_tour",
	"trip.group_together", "yes",
	"history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no",
	NULL,
};

TestSuite(group, .init = verdict_setup, .fini = verdict_teardown);

static const ed_way *gba_way(const ed_verdict *v)
{
	for (size_t i = 0; i < v->n_ways; i++)
		if (!strcmp(v->ways[i].regime->id, "gba_group"))
			return &v->ways[i];
	cr_assert_fail("no gba_group way judged");
	return NULL;
}

/* the traveller of GBA (with changes) in a group of `size` */
static ed_verdict member(int size, const char **changes)
{
	ed_error err = {0};
	ed_verdict v;

	build(FLOW_TRANSIT, GBA, changes);
	cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 29}, "trip.ini", &A, &err),
		  "answers refused: %s", err.msg);
	group_evaluate(&A, size, &R, &v);
	return v;
}

Test(group, size_counts_foreigners_only)
{
	const char *ten[10] = {"USA", "DEU", "FRA", "GBR", "JPN", "KOR", "SWE", "NLD", "ITA", "ESP"};
	const char *mixed[] = {"USA", "CHN", "chn", NULL, ""};

	cr_assert_eq(group_size_of(&R, ten, 10), 10);
	cr_assert_eq(group_size_of(&R, ten, 0), 0);
	/* two Chinese citizens are not counted; an unknown nationality is */
	cr_assert_eq(group_size_of(&R, mixed, 5), 3);
}

Test(group, trip_size_must_agree)
{
	char why[200] = "";

	cr_assert(group_size_agrees(-1, 10, why, sizeof why));
	cr_assert(group_size_agrees(10, 10, why, sizeof why));
	cr_assert_not(group_size_agrees(12, 10, why, sizeof why));
	/* the field in words, no file key, within one line of 80 */
	cr_assert(strstr(why, "group size 12") && strstr(why, "10 foreign"), "why: %s", why);
	cr_assert_null(strstr(why, "group_size"), "why: %s", why);
	cr_assert(strstr(why, "accepted:"), "why: %s", why);
	cr_assert_lt(strlen(why), 80, "why: %s", why);
}

Test(group, the_group_decides_the_size_at_both_ends)
{
	/* one traveller alone is no group of 2 or more */
	ed_verdict v = member(1, NULL);
	cr_assert_eq(gba_way(&v)->outcome, OUTCOME_NOT_ELIGIBLE);
	cr_assert(gba_way(&v)->reasons & (1u << R_GROUP));
	v = member(2, NULL);
	cr_assert_eq(gba_way(&v)->outcome, OUTCOME_ELIGIBLE);
	v = member(40, NULL);
	cr_assert_eq(gba_way(&v)->outcome, OUTCOME_ELIGIBLE);
	/* over 40: the limit has only an old press source (regimes-2026.md
	 * 8, item 6): to confirm, not refused */
	v = member(41, NULL);
	cr_assert_eq(gba_way(&v)->outcome, OUTCOME_REVIEW);
	cr_assert(gba_way(&v)->reviews & (1u << V_GROUP_UNCONFIRMED));
}

Test(group, the_group_overrides_the_travellers_own_size)
{
	/* the answers say 10; the group has 1 */
	ed_verdict v = member(1, (const char *[]){"trip.group_size", "10", NULL});
	cr_assert(gba_way(&v)->reasons & (1u << R_GROUP));
	/* without the group's count the size would be unconfirmed */
	build(FLOW_TRANSIT, GBA, NULL);
	{
		ed_error err = {0};
		cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 29}, "trip.ini", &A, &err));
		verdict_evaluate(&A, &R, &v);
		cr_assert_eq(gba_way(&v)->outcome, OUTCOME_REVIEW);
		cr_assert(gba_way(&v)->reviews & (1u << V_GROUP_UNCONFIRMED));
	}
	v = member(10, NULL);
	cr_assert_eq(gba_way(&v)->outcome, OUTCOME_ELIGIBLE);
	cr_assert_eq(gba_way(&v)->reviews, 0u);
}

Test(group, not_together_fails_whatever_the_size)
{
	ed_verdict v = member(10, (const char *[]){"trip.group_together", "no", NULL});
	cr_assert(gba_way(&v)->reasons & (1u << R_GROUP));
}

Test(group, a_chinese_citizen_does_not_make_a_pair)
{
	const char *pair[] = {"USA", "CHN"};
	ed_verdict v = member(group_size_of(&R, pair, 2), NULL);
	cr_assert(gba_way(&v)->reasons & (1u << R_GROUP));
}
