/* The wizard's data side, without a terminal: the shipped screen files
 * load and ask every required key; a broken screen file is refused with
 * the file, section and key; country and port completion find what a desk
 * types ("ger", "DEU", "PVG", "shang"). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "ui/complete.h"
#include "ui/screens.h"

#define SCREENS_DIR "screens"

Test(ui_screens, shipped_screens_load)
{
	ui_screens s;
	ed_error err = {0};

	cr_assert(screens_load(SCREENS_DIR, &s, &err), "%s", err.msg);
	cr_assert_eq(s.transit.n_screens, 4);
	/* "before you start" and the six steps of policy.md 3.1 */
	cr_assert_eq(s.epass.n_screens, 7);
	cr_assert(strstr(s.epass.screens[6].title, "Step 6 of 6"));
	cr_assert_str_eq(screens_text(&s, "keys:help"), "Help");
	screens_free(&s);
}

/* copies the shipped screens to a temporary folder, applies `sed` to one
 * file, loads them and returns the error message */
static void load_broken(const char *file, const char *sed, ed_error *err)
{
	char dir[] = "/tmp/ed-screens-XXXXXX", cmd[1024];
	ui_screens s;

	cr_assert(mkdtemp(dir));
	snprintf(cmd, sizeof cmd, "cp screens/*.ini %s/ && sed -i '%s' %s/%s", dir, sed,
		 dir, file);
	cr_assert_eq(system(cmd), 0);
	cr_assert_not(screens_load(dir, &s, err), "broken screens loaded (%s)", sed);
	screens_free(&s);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

Test(ui_screens, unknown_type_names_file_section_key)
{
	ed_error err = {0};
	load_broken("transit.ini", "s/^type = country/type = kountry/", &err);
	cr_assert(strstr(err.file, "transit.ini"), "%s", err.msg);
	cr_assert_str_eq(err.section, "field.nationality");
	cr_assert_str_eq(err.key, "type");
	cr_assert(strstr(err.msg, "text, date, time"), "no accepted form: %s", err.msg);
}

Test(ui_screens, unknown_answers_key_is_refused)
{
	ed_error err = {0};
	load_broken("epass.ini", "s/key = traveller.mobile/key = traveller.mobil/", &err);
	cr_assert_str_eq(err.section, "field.mobile");
	cr_assert_str_eq(err.key, "key");
}

Test(ui_screens, key_of_the_other_flow_is_refused)
{
	ed_error err = {0};
	load_broken("epass.ini", "s/key = traveller.mobile/key = trip.entry_port/", &err);
	cr_assert_str_eq(err.key, "key", "%s", err.msg);
}

Test(ui_screens, required_key_never_asked_is_refused)
{
	ed_error err = {0};
	load_broken("transit.ini", "s/^fields = visa_refusal violation/fields = visa_refusal/",
		    &err);
	cr_assert(strstr(err.msg, "history.immigration_violation"), "%s", err.msg);
}

Test(ui_screens, missing_common_text_is_refused)
{
	ed_error err = {0};
	load_broken("common.ini", "/^quit_unsaved/d", &err);
	cr_assert_str_eq(err.section, "msg");
	cr_assert_str_eq(err.key, "quit_unsaved");
}

Test(ui_screens, choice_value_outside_the_answers_keys_is_refused)
{
	ed_error err = {0};
	load_broken("transit.ini", "s/^choices = hotel other/choices = hotel tent/", &err);
	cr_assert_str_eq(err.key, "choices", "%s", err.msg);
	cr_assert(strstr(err.msg, "hotel|other"), "no accepted form: %s", err.msg);
}

Test(ui_screens, syntax_error_names_the_line)
{
	ed_error err = {0};
	load_broken("epass.ini", "1i [screen.x", &err);
	cr_assert(strstr(err.msg, "line 1"), "%s", err.msg);
}

static const char *first(const ed_rules *r, ed_field_type t, const char *typed)
{
	ui_candidate c[4];
	size_t n = complete_candidates(r, t, typed, c, 4);
	return n ? c[0].value : NULL;
}

Test(ui_complete, countries_from_code_or_name)
{
	ed_rules r;
	load_rules_or_die(RULES_PATH, &r);
	cr_assert_str_eq(first(&r, FT_COUNTRY, "ger"), "DEU");
	cr_assert_str_eq(first(&r, FT_COUNTRY, "DEU"), "DEU");
	cr_assert_str_eq(first(&r, FT_COUNTRY, "deu"), "DEU");
	cr_assert_str_eq(first(&r, FT_COUNTRY, "Japan"), "JPN");
	cr_assert_str_eq(first(&r, FT_COUNTRY, "hong"), "HKG");
	cr_assert_null(first(&r, FT_COUNTRY, "zzzz"));
	cr_assert_null(first(&r, FT_COUNTRY, "  "));
	rules_free(&r);
}

Test(ui_complete, ports_from_alias_or_city_name)
{
	ed_rules r;
	const ed_port *p;
	load_rules_or_die(RULES_PATH, &r);
	cr_assert_str_eq(first(&r, FT_PORT, "PVG"), "PVG");
	cr_assert_str_eq(first(&r, FT_PORT, "pvg"), "PVG");
	p = rules_port(&r, first(&r, FT_PORT, "shang"));
	cr_assert(p && !strcmp(p->name, "Shanghai"));
	cr_assert_str_eq(complete_name(&r, FT_PORT, "PVG"), "Shanghai");
	cr_assert_null(complete_name(&r, FT_PORT, "shang"));
	/* the airport's own name gives its code (issue 3: "pudong") */
	cr_assert_str_eq(first(&r, FT_PORT, "pudong"), "PVG");
	cr_assert_str_eq(first(&r, FT_PORT, "hongq"), "SHA");
	cr_assert_str_eq(first(&r, FT_PORT, "daxing"), "PKX");
	rules_free(&r);
}

/* a placeholder nobody fills would show as "{pth}" in front of a traveller */
Test(ui_screens, unknown_placeholder_in_common_is_refused)
{
	ed_error err = {0};
	load_broken("common.ini", "s/^saved = Answers saved to {path}/saved = Answers saved to {pth}/",
		    &err);
	cr_assert_str_eq(err.section, "msg", "%s", err.msg);
	cr_assert_str_eq(err.key, "saved");
	cr_assert(strstr(err.msg, "{pth}") && strstr(err.msg, "path"), "%s", err.msg);
}

Test(ui_screens, placeholder_in_a_flow_text_is_refused)
{
	ed_error err = {0};
	load_broken("epass.ini", "0,/^header = {flow}/s//header = {flw}/", &err);
	cr_assert_str_eq(err.key, "header", "%s", err.msg);
	cr_assert(strstr(err.msg, "{flw}"), "%s", err.msg);
}

Test(ui_screens, missing_bar_label_is_refused)
{
	ed_error err = {0};
	load_broken("common.ini", "/^verdict = Verdict$/d", &err);
	cr_assert_str_eq(err.section, "keys", "%s", err.msg);
	cr_assert_str_eq(err.key, "verdict");
}
