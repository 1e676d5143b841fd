/* libFuzzer: screens_load with one of the three screen files (the first
 * byte picks which) replaced by the input, the other two as shipped. */
#include "fuzz_common.h"

#include <sys/stat.h>

#include "ui/screens.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = { "common.ini", "transit.ini", "epass.ini" };
static char dir[64];
static int fds[3];
static char *shipped[3];
static size_t shipped_len[3];

static void setup(void)
{
	char link[128], target[64];

	snprintf(dir, sizeof dir, "/tmp/ed-fuzz-screens-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	for (int i = 0; i < 3; i++) {
		char src[128];
		FILE *f;
		snprintf(src, sizeof src, "screens/%s", names[i]);
		f = fopen(src, "rb");
		if (!f) {
			fprintf(stderr, "run from the project root: %s\n", src);
			abort();
		}
		shipped[i] = malloc(1 << 20);
		shipped_len[i] = fread(shipped[i], 1, 1 << 20, f);
		fclose(f);
		fds[i] = fuzz_file((const uint8_t *)shipped[i], shipped_len[i], target,
				   sizeof target);
		snprintf(link, sizeof link, "%s/%s", dir, names[i]);
		if (symlink(target, link) != 0)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ui_screens s;
	ed_error err = {0};
	int pick;

	if (!dir[0])
		setup();
	if (!size)
		return 0;
	pick = data[0] % 3;
	for (int i = 0; i < 3; i++)
		if (i == pick)
			fuzz_refill(fds[i], data + 1, size - 1);
		else
			fuzz_refill(fds[i], shipped[i], shipped_len[i]);
	if (!screens_load(dir, &s, &err))
		fuzz_check_message(&err);
	screens_free(&s);
	return 0;
}
