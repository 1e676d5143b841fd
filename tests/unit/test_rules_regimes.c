/* The regime sections read by the same key engine as every other kind:
 * a country code in lower case is refused as it is in [transit.NAME]
 * (file, section, key, the accepted form), and a version may name a
 * [countries.NAME] list as @NAME. Variants of the shipped rules.ini. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/regime.h"
#include "helpers.h"

/* rules.ini through the sed expression `sed_expr`, then `extra` appended;
 * loaded into r (true) or refused with e filled (false) */
static bool load_variant(const char *sed_expr, const char *extra, ed_rules *r, ed_error *e)
{
	char path[] = "/tmp/entrydesk-regimes-XXXXXX", cmd[1024];
	int fd = mkstemp(path);
	FILE *f;
	bool ok;

	cr_assert(fd >= 0);
	close(fd);
	snprintf(cmd, sizeof cmd, "sed '%s' rules.ini > %s", sed_expr, path);
	cr_assert_eq(system(cmd), 0);
	f = fopen(path, "a");
	cr_assert(f);
	fputs(extra, f);
	fclose(f);
	memset(e, 0, sizeof *e);
	ok = rules_load(path, r, e);
	unlink(path);
	return ok;
}

static const ed_regime_version *version(const ed_rules *r, const char *section)
{
	for (size_t i = 0; i < r->n_regimes; i++)
		for (size_t k = 0; k < r->regimes[i].n_versions; k++)
			if (!strcmp(r->regimes[i].versions[k].section, section))
				return &r->regimes[i].versions[k];
	return NULL;
}

Test(rules_regimes, a_lower_case_code_is_refused_naming_section_key_and_form)
{
	ed_rules r;
	ed_error e;

	cr_assert_not(load_variant("s/^count_entry_day = KAZ$/count_entry_day = kaz/", "", &r, &e),
		      "a lower-case kaz loaded");
	cr_expect_str_eq(e.section, "regime_version.mutual_2023");
	cr_expect_str_eq(e.key, "count_entry_day");
	cr_expect(strstr(e.msg, "'kaz'") && strstr(e.msg, "accepted: ISO 3166-1 alpha-3 codes "
						     "in capitals"), "%s", e.msg);

	/* the same in a dated countries.* token */
	cr_assert_not(load_variant("s/^countries.2023_07 = BRN@/countries.2023_07 = brn@/", "",
				   &r, &e));
	cr_expect_str_eq(e.section, "regime_version.unilateral_2023");
	cr_expect_str_eq(e.key, "countries.2023_07");
	cr_expect(strstr(e.msg, "'brn'") && strstr(e.msg, "in capitals"), "%s", e.msg);
}

Test(rules_regimes, a_countries_list_is_named_with_at)
{
	ed_rules shipped, r;
	ed_error e;
	const ed_regime_version *a, *b;

	load_rules_or_die(RULES_PATH, &shipped);
	/* hainan_2018's countries.more as a [countries.NAME] of its own */
	cr_assert(load_variant("/^\\[regime_version.hainan_2018\\]/,/^\\[/ s/^countries.more = "
			       ".*/countries.more = @hainan_more NOR/",
			       "\n[countries.hainan_more]\nall = USA CAN BRA MEX ARG CHL AUS NZL KOR "
			       "JPN SGP BRN ARE QAT IDN MYS THA KAZ PHL\n", &r, &e), "%s", e.msg);
	a = version(&shipped, "regime_version.hainan_2018");
	b = version(&r, "regime_version.hainan_2018");
	cr_assert(a && b);
	cr_expect_eq(b->n_countries, a->n_countries);
	for (size_t i = 0; i < a->n_countries && i < b->n_countries; i++)
		cr_expect_str_eq(b->countries[i].code, a->countries[i].code);
	cr_expect(regime_country(b, "KAZ") && regime_country(b, "NOR"));
	rules_free(&r);

	/* a list no section defines is named as such */
	cr_assert_not(load_variant("/^\\[regime_version.hainan_2018\\]/,/^\\[/ s/^countries.more = "
				   ".*/countries.more = @nowhere/", "", &r, &e));
	cr_expect_str_eq(e.section, "regime_version.hainan_2018");
	cr_expect_str_eq(e.key, "countries.more");
	cr_expect(strstr(e.msg, "unknown list '@nowhere'"), "%s", e.msg);
	rules_free(&shipped);
}
