/* libFuzzer entry point for what a scanner or an agency sends us: the
 * first input byte chooses the reader (even: MRZ lines, odd: a manifest),
 * the rest is its input. Neither may crash, hang or read out of bounds,
 * whatever the bytes. Build and run (clang):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 \
 *     -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc \
 *     tests/fuzz/fuzz_mrz_manifest.c src/core/mrz.c src/core/date.c \
 *     src/core/rules.c src/core/text.c src/core/error.c src/load/manifest.c \
 *     -o build/fuzz-mrz-manifest && ./build/fuzz-mrz-manifest -max_total_time=60 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/mrz.h"
#include "load/manifest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;

	if (size < 1 || size > 1 << 16)
		return 0;
	text = malloc(size);
	if (!text)
		return 0;
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	if (data[0] % 2 == 0) {
		/* lines as the command splits them, NUL bytes ending the input */
		const char *lines[4];
		size_t n = 0;
		char why[256];
		ed_mrz m;
		for (char *p = text; *p && n < 4;) {
			lines[n++] = p;
			p += strcspn(p, "\n");
			if (*p)
				*p++ = '\0';
		}
		mrz_parse(lines, n, (ed_date){2026, 11, 29}, &m, why, sizeof why);
	} else {
		ed_manifest m;
		ed_error err;
		if (manifest_parse("fuzz.csv", text, size - 1, &m, &err))
			manifest_free(&m);
	}
	free(text);
	return 0;
}
