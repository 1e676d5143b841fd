/* The one placeholder filler and the placeholder check of text.c, and the
 * rules' placeholders refused at load when no slip fills them. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/slip_vars.h"
#include "core/text.h"
#include "helpers.h"

Test(text_fill, fills_known_names_and_keeps_unknown)
{
	char out[64];
	const char *pairs[] = { "path", "/x/a.ini", "n", "3", NULL };

	text_fill_pairs(out, sizeof out, "Saved {path} ({n}) {other}", pairs);
	cr_assert_str_eq(out, "Saved /x/a.ini (3) {other}");
	text_fill_pairs(out, sizeof out, "no close {path", pairs);
	cr_assert_str_eq(out, "no close {path");
}

Test(text_fill, cuts_on_a_character_boundary)
{
	char out[6];
	const char *pairs[] = { "n", "李小龙", NULL };

	text_fill_pairs(out, sizeof out, "{n}", pairs);
	cr_assert_str_eq(out, "李"); /* 3 bytes; a second would need 6 + NUL */
}

Test(text_fill, placeholders_known_names_the_first_unknown)
{
	static const char *const known[] = { "path", "why", NULL };
	char bad[32];

	cr_assert(text_placeholders_known("Not saved: {why} ({path})", known, bad, sizeof bad));
	cr_assert_not(text_placeholders_known("{why} {pth}", known, bad, sizeof bad));
	cr_assert_str_eq(bad, "{pth}");
	cr_assert(text_placeholders_known("no placeholder", known, bad, sizeof bad));
}

Test(slip_vars, unknown_placeholder_in_rules_is_a_load_error)
{
	char path[] = "/tmp/ed-rules-XXXXXX", cmd[512];
	ed_rules r;
	ed_error err = {0};
	int fd = mkstemp(path);

	cr_assert(fd >= 0);
	close(fd);
	snprintf(cmd, sizeof cmd, "sed 's/{check_day}/{chek_day}/' rules.ini > %s", path);
	cr_assert_eq(system(cmd), 0);
	cr_assert_not(rules_load(path, &r, &err), "a {chek_day} loaded");
	cr_assert(strstr(err.msg, "{chek_day}"), "%s", err.msg);
	cr_assert(err.section[0] && err.key[0], "%s", err.msg);
	unlink(path);
}

Test(slip_vars, shipped_rules_use_only_known_placeholders)
{
	ed_rules r;

	/* rules_load refuses any text naming a placeholder not in SLIP_VARS */
	load_rules_or_die(RULES_PATH, &r);
	rules_free(&r);
}

Test(text_choice, finds_whole_choices_only)
{
	size_t len = 0;
	const char *p = text_choice("hotel|other", "OTHER", true, &len);

	cr_assert(p);
	cr_assert_eq(len, 5);
	cr_assert_eq(strncmp(p, "other", len), 0);
	cr_assert_null(text_choice("hotel|other", "OTHER", false, NULL));
	cr_assert_null(text_choice("hotel|other", "hot", true, NULL), "a prefix is no choice");
	cr_assert_null(text_choice("hotel|other", "", true, NULL));
	cr_assert_null(text_choice("hotel|other", NULL, true, NULL));
}
