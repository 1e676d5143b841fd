/* The permit statuses come from one table: the names the answers file
 * accepts, parsing and the names the e-pass rules list agree. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/answers.h"

Test(permit_status, names_parse_back_and_match_the_accepted_choices)
{
	const ed_answer_field *f = answers_field(FLOW_EPASS, "traveller", "permit_status");
	char want[200] = "";

	cr_assert(f);
	for (int i = 0; i < PERMIT_COUNT; i++) {
		ed_permit_status s;
		const char *n = permit_status_name((ed_permit_status)i);
		cr_assert(permit_status_parse(n, &s), "%s", n);
		cr_assert_eq((int)s, i);
		strcat(want, i ? "|" : "");
		strcat(want, n);
	}
	cr_assert_str_eq(f->choices, want);
	cr_assert_str_eq(f->choices, "lost|damaged|not_carried|expired|with_traveller");
	{
		ed_permit_status s;
		cr_assert_not(permit_status_parse("stolen", &s));
	}
}
