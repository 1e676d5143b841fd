/* Saving answers and opening them again gives back every value as it was:
 * generated values (a property test) and the values that once broke it
 * (a trailing backslash, ; # quotes, spaces at the ends, CJK, 200
 * characters). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/answers.h"
#include "load/answers_io.h"
#include "load/drafts.h"

static char dir[64], path[128];

static void make_dir(void)
{
	snprintf(dir, sizeof dir, "/tmp/ed-rt-XXXXXX");
	cr_assert(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a.ini", dir);
}

static void remove_dir(void)
{
	unlink(path);
	rmdir(dir);
}

TestSuite(answers_roundtrip, .init = make_dir, .fini = remove_dir);

/* true when saving raw and loading it gives raw back; false when the save
 * is refused (then with the message that says why) */
static bool round_trip(const ed_raw_answers *raw)
{
	ed_raw_answers back = {{0}};
	ed_error err = {0};

	if (!answers_save(path, raw, &err)) {
		cr_expect(strstr(err.msg, "cannot be kept in an answers file"), "%s", err.msg);
		/* issue 17: a draft keeps it all the same, and gives it back */
		cr_assert(drafts_write(path, raw, "traveller:name", &err), "%s", err.msg);
		cr_assert(drafts_read(path, &back, NULL, 0, &err), "draft refused: %s", err.msg);
		for (int i = 0; i < AK_COUNT; i++)
			if (raw->val[i])
				cr_assert_str_eq(back.val[i], raw->val[i], "draft key %s",
						 answer_fields[i].key);
		raw_clear(&back);
		return false;
	}
	cr_assert(answers_load(path, &back, &err), "saved file refused: %s", err.msg);
	for (int i = 0; i < AK_COUNT; i++) {
		if (raw->val[i])
			cr_assert_str_eq(back.val[i], raw->val[i], "key %s: [%s] read back as [%s]", answer_fields[i].key, raw->val[i], back.val[i]);
		else
			cr_assert_null(back.val[i], "key %s", answer_fields[i].key);
	}
	raw_clear(&back);
	return true;
}

Test(answers_roundtrip, the_values_that_once_broke_it)
{
	static const char *const values[] = {
		"SMITH\\", "SMITH\\\\", "\\", "a;b", "a#b", "#1", ";", "12345#6789",
		"\"Tom\"", "O'Brien", "\"", "'", "''", "\"\"", " lead", "trail ",
		"  both  ", "x = y", "[trip]", "a \\", "张伟", "\t tab", "\"Tom\" \\",
		"' ; '", "O'Brien ; #2",
	};
	ed_raw_answers raw = {{0}};
	char long_cjk[601];

	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		raw_set(&raw, AK_FLOW, "epass");
		raw_set(&raw, AK_NAME, values[i]);
		raw_set(&raw, AK_PERMIT_NUMBER, values[(i + 1) % (sizeof values / sizeof *values)]);
		raw_set(&raw, AK_MOBILE, "+86 138");
		cr_expect(round_trip(&raw), "'%s' refused", values[i]);
	}
	for (int i = 0; i < 200; i++)
		memcpy(long_cjk + i * 3, "\xe7\x8e\x8b", 3); /* 王 */
	long_cjk[600] = '\0';
	raw_set(&raw, AK_NAME, long_cjk);
	cr_expect(round_trip(&raw));
	raw_clear(&raw);
}

/* xorshift: the same values on every run, so a failure can be replayed */
static unsigned long long state = 0x9e3779b97f4a7c15ULL;

static unsigned next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state >> 32);
}

/* a value of 1 to 200 characters from pieces that matter to INI */
static void generate(char *out, size_t size)
{
	static const char *const pieces[] = {
		"a", "Z", "0", " ", "\t", "\\", ";", "#", "\"", "'", "=", "[", "]",
		":", "张", "é", "\xf0\x9f\x98\x80", "-", "+", ",", ".",
	};
	size_t chars = 1 + next() % 200, n = 0;
	/* mostly one kind of quote or none; both in one value in ten */
	unsigned quotes = next() % 10;

	for (size_t i = 0; i < chars; i++) {
		const char *p = pieces[next() % (sizeof pieces / sizeof *pieces)];
		size_t len = strlen(p);
		if ((*p == '"' && quotes % 3 == 1) || (*p == '\'' && quotes % 3 == 2 && quotes))
			continue;
		if ((*p == '"' || *p == '\'') && quotes == 0) {
			i--;
			continue;
		}
		if (n + len >= size)
			break;
		memcpy(out + n, p, len);
		n += len;
	}
	/* an empty value is an unanswered question: saved as none */
	if (!n)
		out[n++] = 'a';
	out[n] = '\0';
}

Test(answers_roundtrip, generated_values_save_and_load_unchanged)
{
	static const ed_answer_key text_keys[] = {
		AK_NAME, AK_PASSPORT_NUMBER, AK_ENTRY_PORT, AK_EXIT_PORT, AK_ENTRY_DATE,
	};
	ed_raw_answers raw = {{0}};
	char v[ED_ANSWER_MAX_BYTES + 1];
	int saved = 0, refused = 0;

	for (int round = 0; round < 1500; round++) {
		raw_set(&raw, AK_FLOW, "transit");
		for (size_t k = 0; k < sizeof text_keys / sizeof *text_keys; k++) {
			generate(v, sizeof v);
			raw_set(&raw, text_keys[k], v);
		}
		if (round_trip(&raw)) {
			saved++;
			continue;
		}
		/* only a value with both kinds of quote may be unwritable */
		refused++;
		{
			bool both = false;
			for (size_t k = 0; k < sizeof text_keys / sizeof *text_keys; k++) {
				const char *s = raw.val[text_keys[k]];
				both |= strchr(s, '"') && strchr(s, '\'');
			}
			cr_assert(both, "a value without both quotes was refused (round %d)", round);
		}
	}
	cr_expect_gt(saved, 100, "saved %d, refused %d", saved, refused);
	raw_clear(&raw);
}
