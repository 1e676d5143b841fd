/* The MRZ sections of rules.ini: what an editor of the rules sees when a
 * code, a note or an outcome is wrong (section, key, accepted form). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/mrz.h"
#include "helpers.h"

/* loads rules-min.ini with `extra` after it; returns whether it loaded */
static bool load_with(const char *extra, ed_rules *r, ed_error *e)
{
	char path[64], buf[4096];
	FILE *in = fopen("tests/data/rules-min.ini", "r"), *out;
	size_t n;
	int fd;
	bool ok;

	snprintf(path, sizeof path, "/tmp/entrydesk-mrz-XXXXXX");
	fd = mkstemp(path);
	cr_assert(in && fd >= 0);
	out = fdopen(fd, "w");
	cr_assert(out);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		fwrite(buf, 1, n, out);
	fprintf(out, "\n%s", extra);
	fclose(in);
	fclose(out);
	ok = rules_load(path, r, e);
	unlink(path);
	return ok;
}

static const char *note =
	"[mrz.note.bno]\ncodes = GBN\noutcome = not_eligible\nlabel = BN(O)\n"
	"text = Not recognised.\nsource = test\n";

Test(rules_mrz, a_good_section_loads_and_maps)
{
	char extra[1024];
	ed_rules r;
	ed_error e = {0};
	ed_mrz_nationality nat;

	snprintf(extra, sizeof extra, "[mrz.codes]\nD = DEU\n%s", note);
	cr_assert(load_with(extra, &r, &e), "%s", e.msg);
	cr_assert(mrz_nationality(&r, "d", &nat));
	cr_assert_str_eq(nat.iso, "DEU");
	cr_assert(mrz_nationality(&r, "GBN", &nat));
	cr_assert_str_eq(nat.label, "BN(O)");
	rules_free(&r);
}

static void refused(const char *extra, const char *section, const char *key, const char *words)
{
	ed_rules r;
	ed_error e = {0};

	cr_assert_not(load_with(extra, &r, &e), "loaded: %s", extra);
	cr_expect_str_eq(e.section, section, "%s", e.msg);
	cr_expect_str_eq(e.key, key, "%s", e.msg);
	cr_expect(strstr(e.msg, words), "'%s' lacks '%s'", e.msg, words);
	cr_expect(strstr(e.msg, "accepted"), "no accepted form: %s", e.msg);
}

Test(rules_mrz, mistakes_are_named)
{
	char extra[1024];

	refused("[mrz.codes]\nD = XYZ\n", "mrz.codes", "d", "'XYZ' is not an ISO 3166-1");
	refused("[mrz.codes]\nUSA = CAN\n", "mrz.codes", "usa", "is an ISO 3166-1 code already");
	refused("[mrz.codes]\nD1 = DEU\n", "mrz.codes", "d1", "not an MRZ code");
	snprintf(extra, sizeof extra, "[mrz.codes]\nGBN = GBR\n%s", note);
	refused(extra, "mrz.codes", "gbn", "in one place only");
	snprintf(extra, sizeof extra, "%s[mrz.note.other]\ncodes = GBN GBD\noutcome = review\n"
		 "label = x\ntext = x\nsource = x\n", note);
	refused(extra, "mrz.note.bno", "codes", "GBN is also in [mrz.note.other]");
	refused("[mrz.note.x]\ncodes = GBN\noutcome = maybe\nlabel = x\ntext = x\nsource = x\n",
		"mrz.note.x", "outcome", "'maybe' is not accepted");
	refused("[mrz.note.x]\ncodes = GBN\noutcome = review\nlabel = x\ntext = x\n",
		"mrz.note.x", "source", "missing");
	refused("[mrz.note.x]\ncodes = GBN\nnationality = XYZ\noutcome = review\nlabel = x\n"
		"text = x\nsource = x\n", "mrz.note.x", "nationality", "'XYZ'");
	refused("[mrz.note.x]\ncodes = GB1\noutcome = review\nlabel = x\ntext = x\nsource = x\n",
		"mrz.note.x", "codes", "'GB1' is not accepted");
	refused("[mrz.note.x]\ncodes = GBN\noutcome = review\nlabel = x\ntext = x\nsource = x\n"
		"colour = red\n", "mrz.note.x", "", "a key this section does not have");
	/* rules-min.ini ends with [mrz.texts]: a key added goes into it */
	refused("name_ful = x\n", "mrz.texts", "", "a key this section does not have");
	refused("[mrz.other]\nx = y\n", "", "", "a section this file does not have");
}
