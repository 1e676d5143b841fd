/* The Chinese country names of the slips' Chinese lines: iso-codes'
 * gettext catalogue (iso_3166-1.mo of zh_CN) read by load/mo.c, each
 * country's English name translated; a bad catalogue is a load error
 * naming the file, section and key. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "load/countries.h"
#include "load/mo.h"

#define ZH_MO "/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo"

Test(countries_zh, the_names_come_from_the_translations)
{
	ed_country c[3] = { {"DEU", strdup("Germany"), NULL}, {"IND", strdup("India"), NULL},
			    {"XXX", strdup("Nowhere Land"), NULL} };
	ed_error err = {0};

	cr_assert(countries_load_zh(ZH_MO, "rules.ini", "rules", "iso_codes_zh", c, 3, &err),
		  "%s", err.msg);
	cr_assert_str_eq(c[0].name_zh, "德国");
	cr_assert_str_eq(c[1].name_zh, "印度");
	cr_assert_null(c[2].name_zh, "a name without a translation has none");
	for (int i = 0; i < 3; i++) {
		free(c[i].name);
		free(c[i].name_zh);
	}
}

Test(countries_zh, a_file_that_is_no_catalogue_is_refused_by_name)
{
	char path[] = "/tmp/ed-mo-XXXXXX";
	int fd = mkstemp(path);
	ed_country c[1] = { {"DEU", strdup("Germany"), NULL} };
	ed_error err = {0};

	cr_assert(fd >= 0);
	cr_assert(write(fd, "{\"3166-1\": []}\n", 15) == 15);
	close(fd);
	cr_assert_not(countries_load_zh(path, "rules.ini", "rules", "iso_codes_zh", c, 1, &err));
	cr_assert_str_eq(err.section, "rules");
	cr_assert_str_eq(err.key, "iso_codes_zh");
	cr_assert(strstr(err.msg, "not a gettext .mo catalogue"), "%s", err.msg);
	cr_assert(strstr(err.msg, "accepted: the path of iso-codes' iso_3166-1.mo"), "%s", err.msg);
	cr_assert_not(countries_load_zh("/nonexistent/x.mo", "rules.ini", "rules", "iso_codes_zh",
					c, 1, &err));
	cr_assert(strstr(err.msg, "/nonexistent/x.mo"), "%s", err.msg);
	unlink(path);
	free(c[0].name);
}

/* a catalogue cut short (its tables point past its end) is refused, never read past */
Test(countries_zh, a_cut_catalogue_is_refused)
{
	FILE *in = fopen(ZH_MO, "rb");
	char buf[64], why[128] = "", path[] = "/tmp/ed-mo-XXXXXX";
	int fd = mkstemp(path);

	cr_assert(in && fd >= 0);
	cr_assert(fread(buf, 1, sizeof buf, in) == sizeof buf);
	fclose(in);
	cr_assert(write(fd, buf, sizeof buf) == (ssize_t)sizeof buf);
	close(fd);
	cr_assert_null(mo_open(path, why, sizeof why));
	cr_assert_str_eq(why, "not a gettext .mo catalogue");
	unlink(path);
}

/* rules.ini [country_names_zh] gives the name a mainland desk prints
 * where iso-codes' translation is another (Taiwan: 中国台湾, not 台湾);
 * the other countries keep the translation */
Test(countries_zh, rules_names_the_regions_as_a_mainland_desk_does)
{
	ed_rules r;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert_str_eq(rules_country(&r, "TWN")->name_zh, "中国台湾");
	cr_assert_str_eq(rules_country(&r, "HKG")->name_zh, "中国香港");
	cr_assert_str_eq(rules_country(&r, "DEU")->name_zh, "德国");
	rules_free(&r);
}

/* a code the country list does not have is refused by file, section and
 * key with the accepted form */
Test(countries_zh, an_unknown_code_is_refused_by_name)
{
	char path[] = "/tmp/ed-zh-XXXXXX";
	int fd = mkstemp(path);
	FILE *out, *in = fopen(RULES_PATH, "r");
	char line[4096];
	ed_rules r = {0};
	ed_error err = {0};

	cr_assert(fd >= 0 && in);
	out = fdopen(fd, "w");
	while (fgets(line, sizeof line, in)) {
		fputs(line, out);
		if (!strcmp(line, "[country_names_zh]\n"))
			fputs("XYZ = 某地\n", out);
	}
	fclose(in);
	fclose(out);
	cr_assert_not(rules_load(path, &r, &err));
	unlink(path);
	cr_assert_str_eq(err.section, "country_names_zh");
	cr_assert_str_eq(err.key, "xyz");
	cr_assert(strstr(err.msg, "accepted: a code such as TWN"), "%s", err.msg);
}
