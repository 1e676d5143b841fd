/* libFuzzer: answers_load over any bytes, then the answers checked, and
 * what loaded saved again and read back: it must be the same. */
#include "fuzz_common.h"

#include "core/answers.h"
#include "load/answers_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char saved[128];

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
	/* a value holding both kinds of quote may be refused: say so, no more */
	if (!answers_save(saved, raw, &err)) {
		if (!strstr(err.msg, "cannot be written"))
			abort();
		return;
	}
	if (!answers_load(saved, &back, &err)) {
		fprintf(stderr, "saved answers do not load: %s\n", err.msg);
		abort();
	}
	for (int i = 0; i < AK_COUNT; i++) {
		const char *a = raw->val[i], *b = back.val[i];
		if ((!a) != (!b) || (a && strcmp(a, b))) {
			fprintf(stderr, "key %s changed on save\n", answer_fields[i].key);
			abort();
		}
	}
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
