/* libFuzzer: answers_load over any bytes, then the answers checked, and
 * what loaded saved again and read back: it must be the same, as an
 * answers file and as a draft (which keeps every value). */
#include "fuzz_common.h"

#include "core/answers.h"
#include "load/answers_io.h"
#include "load/drafts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char saved[128];

/* back must hold exactly raw's values */
static void same(const ed_raw_answers *raw, const ed_raw_answers *back, const char *how)
{
	for (int i = 0; i < AK_COUNT; i++) {
		const char *a = raw->val[i], *b = back->val[i];
		if ((!a) != (!b) || (a && strcmp(a, b))) {
			fprintf(stderr, "key %s changed on %s\n", answer_fields[i].key, how);
			abort();
		}
	}
}

static void round_trip(const ed_raw_answers *raw)
{
	ed_raw_answers back = {{0}};
	ed_error err = {0};

	if (!saved[0]) {
		char dir[] = "/tmp/ed-fuzz-XXXXXX";
		if (!mkdtemp(dir))
			abort();
		snprintf(saved, sizeof saved, "%s/a.ini", dir);
	}
	/* a draft keeps everything, whatever F2 can write */
	if (!drafts_write(saved, raw, "traveller:name", &err) ||
	    !drafts_read(saved, &back, NULL, 0, &err)) {
		fprintf(stderr, "draft not kept: %s\n", err.msg);
		abort();
	}
	same(raw, &back, "a draft");
	raw_clear(&back);
	/* a value holding both kinds of quote may be refused: say so, no more */
	if (!answers_save(saved, raw, &err)) {
		if (!strstr(err.msg, "cannot be kept in an answers file"))
			abort();
		return;
	}
	if (!answers_load(saved, &back, &err)) {
		fprintf(stderr, "saved answers do not load: %s\n", err.msg);
		abort();
	}
	same(raw, &back, "save");
	raw_clear(&back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof path);
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_error err = {0};

	if (answers_load(path, &raw, &err)) {
		if (!answers_parse(&raw, NULL, (ed_date){2025, 6, 1}, path, &a, &err))
			fuzz_check_message(&err);
		round_trip(&raw);
	} else {
		fuzz_check_message(&err);
	}
	raw_clear(&raw);
	close(fd);
	return 0;
}
