/* The history's pure parts (the text forms of a record, times in China
 * time, finding in any case, what changed) and its store on a real
 * SQLite file: schema and version, add, find, purge, a symlink refused.
 * The same store on PostgreSQL: tests/e2e/test-history.sh. */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/evaluate.h"
#include "core/slip.h"
#include "core/slipdoc.h"
#include "core/text.h"
#include "history/codec.h"
#include "history/digest.h"
#include "history/record.h"
#include "history/rerun.h"
#include "history/store.h"
#include "load/answers_io.h"
#include "load/today.h"
#include "helpers.h"

static void utf8(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
}

TestSuite(history, .init = utf8);

Test(history, answers_round_trip_keeps_every_byte)
{
	ed_raw_answers raw = {{0}}, back = {{0}};
	char *text;

	raw_set(&raw, AK_FLOW, "transit");
	raw_set(&raw, AK_NAME, "MÜLLER,\tANNA \\ 陳大文\nnext");
	raw_set(&raw, AK_PASSPORT_NUMBER, "\\N");
	text = codec_answers_encode(&raw);
	cr_assert(text);
	{
		/* a line per value: the line break inside the name is escaped */
		int lines = 0;
		for (const char *p = text; *p; p++)
			lines += *p == '\n';
		cr_assert_eq(lines, 3);
	}
	cr_assert(codec_answers_decode(text, &back));
	for (int i = 0; i < AK_COUNT; i++) {
		if (!raw.val[i])
			cr_assert_null(back.val[i]);
		else
			cr_assert_str_eq(back.val[i], raw.val[i]);
	}
	cr_assert_not(codec_answers_decode("trip.nowhere\tx\n", &back));
	cr_assert_not(codec_answers_decode("traveller.name\tbad \\q escape\n", &back));
	free(text);
	raw_clear(&raw);
	raw_clear(&back);
}

Test(history, slip_document_round_trip_draws_the_same_slip)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	slipdoc *d, *back;
	char *enc, *enc2, *t1, *t2;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(answers_load("tests/golden/transit_240h_eligible.ini", &raw, &err), "%s", err.msg);
	cr_assert(answers_parse(&raw, &r, (ed_date){ 2026, 3, 1 }, "x", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &r, &v);
	d = slip_doc(&a, &v, &r, a.date);
	enc = codec_doc_encode(d);
	cr_assert(enc);
	back = codec_doc_decode(enc);
	cr_assert(back);
	enc2 = codec_doc_encode(back);
	cr_assert_str_eq(enc2, enc);
	t1 = slipdoc_text(d, SLIP_WIDTH, true);
	t2 = slipdoc_text(back, SLIP_WIDTH, true);
	cr_assert_str_eq(t2, t1);
	cr_assert_null(codec_doc_decode("block\t99\t0\t\\N\t\\N\tx\t\\N\n"));
	cr_assert_null(codec_doc_decode("item\ta\tb\n"), "an item needs its list");
	free(enc);
	free(enc2);
	free(t1);
	free(t2);
	slipdoc_free(d);
	slipdoc_free(back);
	raw_clear(&raw);
	rules_free(&r);
}

static void sample_record(hist_record *rec, long long at, const char *name, const char *number)
{
	memset(rec, 0, sizeof *rec);
	rec->at = at;
	for (int f = 0; f < HF_COUNT; f++)
		cr_assert(hist_record_set(rec, f, ""));
	{
		char t[20];
		hist_time_text(at, t, sizeof t);
		hist_record_set(rec, HF_AT_TEXT, t);
	}
	hist_record_set(rec, HF_FLOW, "transit");
	hist_record_set(rec, HF_NAME, name);
	hist_record_set(rec, HF_NAME_KEY, name);
	hist_fold(rec->f[HF_NAME_KEY]);
	hist_record_set(rec, HF_NUMBER, number);
	hist_record_set(rec, HF_NUMBER_KEY, number);
	hist_record_set(rec, HF_WAY_IN, "144h");
	hist_record_set(rec, HF_OUTCOME, "review");
	hist_record_set(rec, HF_ANSWERS, "check.flow\ttransit\n");
}

Test(history, record_line_round_trip)
{
	hist_record rec, back;
	char *line;

	sample_record(&rec, 1795249309, "O'NEIL,\tSEAN\\", "X\n1");
	line = codec_record_line(&rec);
	cr_assert(line);
	cr_assert_eq(strchr(line, '\n'), line + strlen(line) - 1, "one line");
	line[strlen(line) - 1] = '\0';
	cr_assert(codec_record_parse(line, &back));
	cr_assert_eq(back.at, rec.at);
	for (int f = 0; f < HF_COUNT; f++)
		cr_assert_str_eq(hist_record_get(&back, f), hist_record_get(&rec, f));
	hist_record_clear(&back);
	cr_assert_not(codec_record_parse("another-tag\t1", &back));
	cr_assert_not(codec_record_parse("entrydesk-record-1\tnot-a-time", &back));
	free(line);
	hist_record_clear(&rec);
	hist_record_clear(&back);
}

Test(history, china_time)
{
	char t[20];

	hist_time_text(0, t, sizeof t);
	cr_assert_str_eq(t, "1970-01-01 08:00");
	hist_time_text(hist_day_start((ed_date){ 2026, 11, 21 }), t, sizeof t);
	cr_assert_str_eq(t, "2026-11-21 00:00");
	hist_time_text(hist_day_start((ed_date){ 2027, 1, 1 }) - 60, t, sizeof t);
	cr_assert_str_eq(t, "2026-12-31 23:59");
}

Test(history, names_fold_in_any_case)
{
	char s[] = "müller, anna 陳 o'neil";

	hist_fold(s);
	cr_assert_str_eq(s, "MÜLLER, ANNA 陳 O'NEIL");
}

Test(history, changes_in_words)
{
	hist_record a, b;
	char out[300];

	sample_record(&a, 1, "A", "1");
	sample_record(&b, 1, "A", "1");
	cr_assert_eq(hist_rerun_changes(&a, &b, out, sizeof out), 0);
	cr_assert_str_eq(out, "");
	hist_record_set(&b, HF_OUTCOME, "eligible");
	hist_record_set(&b, HF_DEADLINE, "2027-02-03 24:00");
	cr_assert_eq(hist_rerun_changes(&a, &b, out, sizeof out), 2);
	cr_assert_str_eq(out, "outcome review -> eligible; deadline none -> 2027-02-03 24:00");
	hist_record_clear(&a);
	hist_record_clear(&b);
}

/* a fresh SQLite file in a private temp folder */
static char dir[64], db[128];

static void temp_db(void)
{
	utf8();
	snprintf(dir, sizeof dir, "/tmp/edhist.XXXXXX");
	cr_assert(mkdtemp(dir));
	snprintf(db, sizeof db, "%s/history.sqlite", dir);
}

static void remove_db(void)
{
	char cmd[200];
	snprintf(db, sizeof db, "%s/history.sqlite", dir);
	unlink(db);
	snprintf(cmd, sizeof cmd, "%s/history.sqlite-wal", dir);
	unlink(cmd);
	snprintf(cmd, sizeof cmd, "%s/history.sqlite-shm", dir);
	unlink(cmd);
	snprintf(cmd, sizeof cmd, "%s/link", dir);
	unlink(cmd);
	rmdir(dir);
}

static bool collect(void *ctx, const hist_record *rec)
{
	char *out = ctx;
	size_t n = strlen(out);
	snprintf(out + n, 600 - n, "%lld:%s ", rec->id, hist_record_get(rec, HF_NAME));
	return true;
}

TestSuite(history_sqlite, .init = temp_db, .fini = remove_db);

Test(history_sqlite, add_find_purge)
{
	char why[600], found[600] = "";
	hist_store *s = hist_store_open(db, why, sizeof why);
	hist_record rec;
	hist_query q = {0};
	struct stat st;
	long n;

	cr_assert(s, "%s", why);
	cr_assert_str_eq(hist_store_engine(s), "SQLite");
	cr_assert_eq(stat(db, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	sample_record(&rec, 1000, "MÜLLER, ANNA", "C01X00T47");
	cr_assert(hist_store_add(s, &rec, why, sizeof why), "%s", why);
	cr_assert_eq(rec.id, 1);
	hist_record_clear(&rec);
	sample_record(&rec, 2000, "SMITH_%, JOHN", "123456789");
	cr_assert(hist_store_add(s, &rec, why, sizeof why), "%s", why);
	hist_record_clear(&rec);

	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "2:SMITH_%, JOHN 1:MÜLLER, ANNA ", "newest first");
	found[0] = '\0';
	q.name = "müll";
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "1:MÜLLER, ANNA ");
	/* % and _ are letters of a name here, not patterns */
	found[0] = '\0';
	q.name = "h_%";
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "2:SMITH_%, JOHN ");
	found[0] = '\0';
	q.name = "_";
	q.number_end = "t47";
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "");
	found[0] = '\0';
	q.name = NULL;
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "1:MÜLLER, ANNA ");
	found[0] = '\0';
	q = (hist_query){ .since = 1500 };
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "2:SMITH_%, JOHN ");

	cr_assert(hist_store_purge(s, 1500, &n, why, sizeof why));
	cr_assert_eq(n, 1);
	found[0] = '\0';
	q = (hist_query){ 0 };
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "2:SMITH_%, JOHN ");
	hist_store_close(s);

	/* opened again: the schema is there, the records too */
	s = hist_store_open(db, why, sizeof why);
	cr_assert(s, "%s", why);
	found[0] = '\0';
	cr_assert(hist_store_find(s, &q, collect, found, why, sizeof why));
	cr_assert_str_eq(found, "2:SMITH_%, JOHN ");
	hist_store_close(s);
}

Test(history_sqlite, a_symlink_is_refused)
{
	char link[128], why[600];

	snprintf(link, sizeof link, "%s/link", dir);
	cr_assert_eq(symlink(db, link), 0);
	cr_assert_null(hist_store_open(link, why, sizeof why));
	cr_assert(strstr(why, "symlink"), "%s", why);
	cr_assert_neq(access(db, F_OK), 0, "nothing made through the link");
}

/* the hex SHA-256 of n bytes of data, fed in pieces of `step` */
static void sha256_hex(const void *data, size_t n, size_t step, char *hex)
{
	hist_sha256 c;
	unsigned char md[32];

	hist_sha256_init(&c);
	for (size_t at = 0; at < n; at += step)
		hist_sha256_update(&c, (const char *)data + at, n - at < step ? n - at : step);
	hist_sha256_final(&c, md);
	for (int i = 0; i < 32; i++)
		sprintf(hex + 2 * i, "%02x", md[i]);
}

/* FIPS 180-4's examples and NIST's long message: the rules' digest */
Test(history, sha256_gives_the_standard_vectors)
{
	static const char two_blocks[] =
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char hex[65], *million = malloc(1000000);

	sha256_hex("abc", 3, 3, hex);
	cr_expect_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, 1, hex);
	cr_expect_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex(two_blocks, strlen(two_blocks), 7, hex);
	cr_expect_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	cr_assert(million);
	memset(million, 'a', 1000000);
	sha256_hex(million, 1000000, 4099, hex);
	cr_expect_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}

Test(history, the_digest_of_a_file_is_its_sha256)
{
	char path[] = "/tmp/ed-digest-XXXXXX", out[80];
	int fd = mkstemp(path);

	cr_assert(fd >= 0);
	cr_assert(write(fd, "abc", 3) == 3);
	close(fd);
	cr_assert(hist_digest_file(path, out, sizeof out));
	cr_expect_str_eq(out, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	unlink(path);
	cr_expect_not(hist_digest_file(path, out, sizeof out));
}
